"""Use-case services: each public function is one transaction with validation."""
