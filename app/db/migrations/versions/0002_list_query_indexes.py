"""indexes for the main list queries

The trip list, a trip's programme in time order and the follow-up table filtered by
region, status and due date are the queries the window runs most; without these
indexes they scan whole tables once an office has years of trips.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_trip_region_start", "trip", ["region_id", "start_date"])
    op.create_index("ix_programme_item_trip_start", "programme_item", ["trip_id", "starts_at"])
    op.create_index("ix_follow_up_region_status", "follow_up", ["region_id", "status"])
    op.create_index("ix_follow_up_due", "follow_up", ["due"])


def downgrade() -> None:
    op.drop_index("ix_follow_up_due", table_name="follow_up")
    op.drop_index("ix_follow_up_region_status", table_name="follow_up")
    op.drop_index("ix_programme_item_trip_start", table_name="programme_item")
    op.drop_index("ix_trip_region_start", table_name="trip")
