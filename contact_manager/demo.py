"""A realistic demo account: an Italian furniture maker with a few dozen users.

``create_demo(services)`` writes it through the services (so it has a history like any
account): company details, 36 users, every point of contact set, two billing contacts, and
one user who has left (deactivated).
"""

from __future__ import annotations

from contact_manager.domain.roles import Role
from contact_manager.services import AccountInfo, Services

DEMO_ACCOUNT = "Ferretti Arredamenti S.r.l."
DOMAIN = "ferretti-arredamenti.example"

PEOPLE = [
    ("Giulia", "Ferretti", "Amministratrice delegata"),
    ("Marco", "Ferretti", "Direttore commerciale"),
    ("Chiara", "Colombo", "Responsabile amministrazione"),
    ("Alessandro", "Ricci", "Contabile"),
    ("Francesca", "Marino", "Ufficio acquisti"),
    ("Luca", "Greco", "Responsabile IT"),
    ("Sara", "Bruno", "Risorse umane"),
    ("Matteo", "Gallo", "Sistemista"),
    ("Valentina", "Conti", "Sicurezza informatica"),
    ("Davide", "De Luca", "Capo reparto produzione"),
    ("Elena", "Mancini", "Marketing"),
    ("Simone", "Costa", "Logistica"),
    ("Martina", "Giordano", "Assistenza clienti"),
    ("Federico", "Rizzo", "Progettista"),
    ("Giorgia", "Lombardi", "Progettista"),
    ("Andrea", "Moretti", "Magazzino"),
    ("Laura", "Barbieri", "Ufficio legale"),
    ("Stefano", "Fontana", "Controllo qualità"),
    ("Silvia", "Santoro", "Segreteria"),
    ("Roberto", "Mariani", "Responsabile vendite Nord"),
    ("Paola", "Rinaldi", "Responsabile vendite Sud"),
    ("Gabriele", "Caruso", "Agente"),
    ("Alessia", "Ferrara", "Agente"),
    ("Fabio", "Galli", "Manutenzione"),
    ("Elisa", "Martini", "Formazione"),
    ("Nicola", "Leone", "Acquisti"),
    ("Beatrice", "Longo", "Contabilità fornitori"),
    ("Riccardo", "Gentile", "Sviluppatore"),
    ("Camilla", "Martinelli", "Grafica"),
    ("Tommaso", "Vitale", "Produzione"),
    ("Irene", "Lombardo", "Export"),
    ("Lorenzo", "Serra", "Export"),
    ("Anna", "Coppola", "Tesoreria"),
    ("Pietro", "De Santis", "Stagista"),
    ("Marta", "D'Angelo", "Ufficio tecnico"),
    ("Emanuele", "Marchetti", "Ex responsabile IT"),
]


def address_of(first: str, last: str) -> str:
    local = f"{first}.{last}".lower().replace(" ", "").replace("'", "")
    return f"{local}@{DOMAIN}"


def create_demo(services: Services) -> AccountInfo:
    """Create the demo account in one transaction and return it."""
    with services.store.transaction():
        account = services.accounts.create(
            DEMO_ACCOUNT,
            address="Via Giuseppe Verdi 42, 20121 Milano MI",
            country="IT",
            phone="+39 02 8765 4321",
            website="www.ferretti-arredamenti.example",
            vat_number="IT04829170965",
        )
        ids: dict[str, int] = {}
        for first, last, title in PEOPLE:
            person = services.users.add(account.id, first, last, address_of(first, last), job_title=title)
            assert person.user_id is not None  # a user just added has its id
            ids[last if last != "Ferretti" else f"{first} {last}"] = person.user_id
        contacts = services.contacts
        contacts.set_primary(account.id, ids["Giulia Ferretti"])
        contacts.add_billing(account.id, ids["Colombo"])
        contacts.add_billing(account.id, ids["Ricci"])
        contacts.set_role(account.id, Role.DECISION_MAKER, ids["Marco Ferretti"])
        contacts.set_role(account.id, Role.ONBOARDING, ids["Bruno"])
        contacts.set_role(account.id, Role.SECURITY, ids["Conti"])
        contacts.set_role(account.id, Role.TECHNICAL_ADMIN, ids["Greco"])
        services.users.deactivate(account.id, ids["Marchetti"])
        return services.accounts.get(account.id)
