# the template's crawler of the owner's Google Scholar profile (run by a GitHub workflow)
print("crawl")
