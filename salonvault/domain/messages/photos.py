"""The core's sentences about photos (keys "photos.…"; decision 0032)."""

AREA = "photos"

MESSAGES: dict[str, str] = {
    "photo_file_empty": "The photo file is empty.",
    "file_could_read": "The file {path_name} could not be read ({reason}).",
    "picture_has_too_many_pixels": (
        "The picture has too many pixels (more than {megapixels} megapixels); take or "
        "export it at a normal camera resolution."
    ),
    "file_photo_salonvault_can_read": (
        "This file is not a photo SalonVault can read; use a JPEG, PNG or WebP picture."
    ),
    "photo_file_damaged_incomplete_still": (
        "The photo file is damaged or incomplete (was it still being copied?); nothing was stored."
    ),
    "photo_s_date_future": "The photo's date is in the future.",
    "open_1_photos_time": "Open 1 to {max_photos_per_opening} photos at a time.",
    "there_such_photo": "There is no such photo.",
    "photo_either_before_after": "A photo is either 'before' or 'after'.",
    "photo_client_s_record": "That photo is not on this client's record.",
    "treatment_client_s_record": "That treatment is not on this client's record.",
    "file_too_big": (
        "The photo file is larger than {megabytes} MB; export it smaller or take it at a "
        "normal camera resolution."
    ),
}
