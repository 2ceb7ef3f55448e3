"""Site ingestion: fetch the journal's feed and pages, extract articles, store and hand them on.

fetch.py      size-capped aiohttp fetching with charset detection
canonical.py  the canonical URL, which is the dedupe key
feed.py       RSS / Atom parsing (feedparser, on bytes we fetched ourselves)
page.py       article extraction (site selectors, trafilatura fallback)
poller.py     the feed-poll service: conditional GET, backoff, seen items, the sink
"""
