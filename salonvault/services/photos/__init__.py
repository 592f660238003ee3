"""Before/after photos (decision 0006): reading and cleaning an image (`image`), the consent gate
(`consent_gate`), storing and showing them (`service`)."""

from salonvault.services.photos.consent_gate import PhotoConsent
from salonvault.services.photos.image import PHOTO_SUFFIXES, read_photo_file
from salonvault.services.photos.service import PhotoService

__all__ = ["PHOTO_SUFFIXES", "PhotoConsent", "PhotoService", "read_photo_file"]
