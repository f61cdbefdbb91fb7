"""Knowledge as data: the gazetteer and the loader of kg/data files."""
