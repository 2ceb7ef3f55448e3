"""Readers who follow everything, indexed, so an article's audience (storage.topics.Audience)
is found from its matching readers and these, never by scanning every reader."""

STEPS = (
    "CREATE INDEX subscribers_following_everything ON subscribers (user_id) WHERE everything = 1",
)
