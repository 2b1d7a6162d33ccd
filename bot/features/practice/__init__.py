"""See README, Architecture."""
