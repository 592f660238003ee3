"""The window's words for the core's "photos.…" messages (decision 0032).

Generated from the catalogue once, then kept by hand; tests/test_error_keys.py checks
that each method fills exactly the placeholders of its key's English template."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ui.error_text.params import Params
from ui.labels import fill


class PhotosErrors(QObject):
    """Methods are named after the key's second part."""

    def photo_file_empty(self, p: Params) -> str:
        return self.tr("The photo file is empty.")

    def file_could_read(self, p: Params) -> str:
        return fill(
            self.tr("The file %1 could not be read (%2)."),
            p.text("path_name"),
            p.text("reason"),
        )

    def picture_has_too_many_pixels(self, p: Params) -> str:
        return fill(
            self.tr(
                "The picture has too many pixels (more than %1 megapixels); take or export "
                "it at a normal camera resolution."
            ),
            p.text("megapixels"),
        )

    def file_photo_salonvault_can_read(self, p: Params) -> str:
        return self.tr(
            "This file is not a photo SalonVault can read; use a JPEG, PNG or WebP picture."
        )

    def photo_file_damaged_incomplete_still(self, p: Params) -> str:
        return self.tr(
            "The photo file is damaged or incomplete (was it still being copied?); "
            "nothing was stored."
        )

    def photo_s_date_future(self, p: Params) -> str:
        return self.tr("The photo's date is in the future.")

    def open_1_photos_time(self, p: Params) -> str:
        return fill(
            self.tr("Open 1 to %1 photos at a time."),
            p.text("max_photos_per_opening"),
        )

    def there_such_photo(self, p: Params) -> str:
        return self.tr("There is no such photo.")

    def photo_either_before_after(self, p: Params) -> str:
        return self.tr("A photo is either 'before' or 'after'.")

    def photo_client_s_record(self, p: Params) -> str:
        return self.tr("That photo is not on this client's record.")

    def treatment_client_s_record(self, p: Params) -> str:
        return self.tr("That treatment is not on this client's record.")

    def file_too_big(self, p: Params) -> str:
        return fill(
            self.tr(
                "The photo file is larger than %1 MB; export it smaller or take it at a "
                "normal camera resolution."
            ),
            p.text("megabytes"),
        )
