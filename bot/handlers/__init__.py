"""One Router per feature, each made fresh by its module's `create_router()`."""
