"""Schedule checks: small rules over a trip's already-loaded programme."""
