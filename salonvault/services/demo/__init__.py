"""The demo salon: staff, invented clients (`clients`) and drawn photos (`photos`), built by
`salon.create_demo_vault`. Imported only by the `demo` command (it loads Faker)."""

from salonvault.services.demo.salon import DemoStaff, create_demo_vault

__all__ = ["DemoStaff", "create_demo_vault"]
