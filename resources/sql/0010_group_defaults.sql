-- A group's default profile and subscription for new accounts. The notation is explained
-- in 0001_initial.sql. Like the default storage (0002_organizations.sql), a default is cleared by
-- the database when its profile or subscription goes; core refuses to delete one that is still a
-- group's default, so that no group loses its default unnoticed.
ALTER TABLE groups ADD COLUMN default_profile_id {{int}} REFERENCES profiles (id) ON DELETE SET NULL;
ALTER TABLE groups ADD COLUMN default_subscription_id {{int}} REFERENCES subscriptions (id) ON DELETE SET NULL;
