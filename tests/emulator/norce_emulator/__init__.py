"""A local HTTPS emulator of the Norce Commerce Management API, built from the contract."""
