"""The Company info and Account & billing tabs: the contact boxes, routing, health, notices
and the contact sheet."""
