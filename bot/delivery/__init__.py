"""Delivery: the outbox worker, its rate limiter and failure policy, and the Publisher.

Everything the bot sends that is not a direct reply goes through here, so rate limits, retries
and the no-duplicate guarantee live in exactly one place.
"""
