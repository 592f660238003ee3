; Inno Setup script for SalonVault (Inno Setup 6.4 or newer). Built by `python3 dev.py build`
; on Windows (which passes the version and the frozen folder), or by hand:
;   ISCC /DAppVersion=0.2.0 /DSourceDir=dist\SalonVault installer.iss
;
; The salon's data is never touched: it lives in %LOCALAPPDATA%\SalonVault (and the device key in
; the Windows credential store), outside the program folder. Setup, upgrade and uninstall only add
; or remove the files listed in [Files], plus the program's own _internal folder on an upgrade.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "dist\SalonVault"
#endif
#ifndef OutputDir
  #define OutputDir "dist"
#endif
#define AppName "SalonVault"
#define AppExeName "SalonVault.exe"
; Never change the AppId: upgrades and the uninstaller find the installed copy by it.
#define AppId "{{9F0C116B-2196-41DF-97B1-EAEB5EB4CE9A}"
; Vietnamese and Simplified Chinese are our own message files (installer/languages/, every
; message of Inno Setup 6.4's Default.isl; docs/decisions/0033-local-formats.md).

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=SalonVault
AppComments=Offline, encrypted client records for salons, spas and clinics
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
; Per-user by default (no administrator needed at the counter PC); the dialog offers all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=SalonVault-Setup-{#AppVersion}
SetupIconFile=salonvault\resources\icons\salonvault.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; A running SalonVault is asked to close (it saves and locks the vault) before files are replaced.
CloseApplications=yes
CloseApplicationsFilter=*.exe,*.dll,*.pyd
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "pl"; MessagesFile: "compiler:Languages\Polish.isl"
Name: "vi"; MessagesFile: "installer\languages\Vietnamese.isl"
Name: "zh_CN"; MessagesFile: "installer\languages\ChineseSimplified.isl"

[CustomMessages]
en.DataFolderNote=Your salon's data stays in its own folder (%1) and is never changed or removed by setup, upgrades or uninstalling.
en.NotTheDataFolder=Please choose another folder: this one holds the salon's data, and the program is kept apart from it.
pl.DataFolderNote=Dane salonu zostają we własnym folderze (%1); instalacja, aktualizacja ani odinstalowanie nigdy ich nie zmieniają ani nie usuwają.
pl.NotTheDataFolder=Wybierz inny folder: ten zawiera dane salonu, a program jest trzymany osobno.
vi.DataFolderNote=Dữ liệu của salon nằm trong thư mục riêng (%1); cài đặt, nâng cấp hay gỡ bỏ đều không bao giờ thay đổi hoặc xoá dữ liệu đó.
vi.NotTheDataFolder=Vui lòng chọn thư mục khác: thư mục này chứa dữ liệu của salon, chương trình được để riêng.
zh_CN.DataFolderNote=沙龙的数据保存在单独的文件夹（%1）中，安装、升级或卸载都不会更改或删除这些数据。
zh_CN.NotTheDataFolder=请选择其他文件夹：此文件夹存放沙龙的数据，程序需与其分开存放。

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; Libraries of the previous version that this one no longer ships: the program's own folder only.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "LICENSE"; DestDir: "{app}"; DestName: "LICENSE.txt"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function DataFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\{#AppName}');
end;

function HoldsSalonData(Folder: String): Boolean;
begin
  Folder := AddBackslash(Folder);
  Result := FileExists(Folder + 'vault.db') or FileExists(Folder + 'keyslots.json')
    or (CompareText(Folder, AddBackslash(DataFolder())) = 0);
end;

// A label of its own under the folder box: appended to SelectDirLabel (one line high) the
// note was cut off in every language (seen under Wine).
procedure InitializeWizard();
var
  Note: TNewStaticText;
begin
  Note := TNewStaticText.Create(WizardForm);
  Note.Parent := WizardForm.SelectDirPage;
  Note.Left := WizardForm.DirEdit.Left;
  Note.Top := WizardForm.DirEdit.Top + WizardForm.DirEdit.Height + ScaleY(16);
  Note.Width := WizardForm.SelectDirPage.ClientWidth - Note.Left;
  Note.AutoSize := False;
  Note.WordWrap := True;
  Note.Height := ScaleY(60);
  Note.Caption := FmtMessage(CustomMessage('DataFolderNote'), [DataFolder()]);
end;

// Also in silent installs (/DIR=...), where no page is shown: exit code 7, nothing installed.
function PrepareToInstall(var NeedsRestart: Boolean): String;
begin
  Result := '';
  if HoldsSalonData(ExpandConstant('{app}')) then
    Result := CustomMessage('NotTheDataFolder');
end;

function NextButtonClick(CurPageID: Integer): Boolean;
begin
  Result := True;
  if (CurPageID = wpSelectDir) and HoldsSalonData(WizardDirValue()) then
  begin
    MsgBox(CustomMessage('NotTheDataFolder'), mbError, MB_OK);
    Result := False;
  end;
end;
