"""Everything of Delegation Planner that is not a widget. No Qt here."""
