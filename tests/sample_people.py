"""The people the domain's and the models' tests put on a contact sheet, none of them saved."""

from __future__ import annotations

from contact_manager.domain.contacts import Person

ANNA = Person("anna@acme.example", "Anna", "Rossi", user_id=1)
LUCA = Person("luca@acme.example", "Luca", "Bianchi", user_id=2)
MARTA = Person("marta@acme.example", "Marta", "Verdi", user_id=3)
PAOLO = Person("paolo@acme.example", "Paolo", "Neri", user_id=4)
