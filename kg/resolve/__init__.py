"""Resolution across articles: actors, pronouns, stories, and the merge of events, claims and quotes."""
