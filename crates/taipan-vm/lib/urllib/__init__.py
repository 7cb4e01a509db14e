"""URL handling (Taipan carries only urllib.parse)."""
