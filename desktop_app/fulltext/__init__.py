"""Full-text articles: the main content of a downloaded web page, for feeds that send teasers."""
