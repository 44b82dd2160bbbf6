"""Site: the Markdown, feeds and listing pages written for MkDocs, and the build,
preview and publishing around them."""
