<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en_US">
<context>
    <name>Company</name>
    <message>
        <location filename="../../contact_manager/domain/company.py" line="+32"/>
        <source>Company name</source>
        <translation>Ragione sociale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT number</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The account needs a name.</source>
        <translation>L&apos;account deve avere un nome.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long.</source>
        <translation>Il nome è troppo lungo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{field} can be at most {count} characters long.</source>
        <translation>{field} può contenere al massimo {count} caratteri.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+31"/>
        <source>A phone number has digits, spaces and + ( ) - . / only.</source>
        <translation>Un numero di telefono può contenere solo cifre, spazi e + ( ) - . /</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Enter a web address such as www.example.com.</source>
        <translation>Inserisci un indirizzo web come www.example.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A VAT number has letters and digits only, such as IT12345678901.</source>
        <translation>Una partita IVA contiene solo lettere e cifre, ad esempio IT12345678901.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a country from the list.</source>
        <translation>Scegli un paese dall&apos;elenco.</translation>
    </message>
</context>
<context>
    <name>EmailValidator</name>
    <message>
        <location filename="../../contact_manager/domain/emails.py" line="+35"/>
        <source>An email address must have an @-sign.</source>
        <translation>Un indirizzo email deve contenere il simbolo @.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There must be something before the @-sign.</source>
        <translation>Manca la parte prima del simbolo @.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There must be something after the @-sign.</source>
        <translation>Manca la parte dopo il simbolo @.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part after the @-sign is not valid. It should have a period.</source>
        <translation>La parte dopo il simbolo @ non è valida: dovrebbe contenere un punto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An email address cannot have a period immediately after the @-sign.</source>
        <translation>Un indirizzo email non può avere un punto subito dopo il simbolo @.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An email address cannot have two periods in a row.</source>
        <translation>Un indirizzo email non può avere due punti di seguito.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An email address cannot end with a period.</source>
        <translation>Un indirizzo email non può terminare con un punto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The email address contains invalid characters before the @-sign: SPACE.</source>
        <translation>L&apos;indirizzo email contiene caratteri non validi prima del simbolo @: SPAZIO.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The email address is too long (1 character too many).</source>
        <translation>L&apos;indirizzo email è troppo lungo (1 carattere di troppo).</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../contact_manager/domain/errors.py" line="+40"/>
        <source>You can only set up to {cap} billing contacts per account. The current billing contacts are: {names}.</source>
        <translation>Puoi impostare al massimo {cap} contatti di fatturazione per account. Gli attuali contatti di fatturazione sono: {names}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{person} is already a {role}.</source>
        <translation>{person} è già {role}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Another user of this account already has the address {email}.</source>
        <translation>Un altro utente di questo account ha già l&apos;indirizzo {email}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Please enter an email address.</source>
        <translation>Inserisci un indirizzo email.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{address}” is not a valid email address: {reason}</source>
        <translation>“{address}” non è un indirizzo email valido: {reason}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{person} can&apos;t be deactivated while they are: {roles}. Give these roles to someone else first.</source>
        <translation>Non è possibile disattivare {person} finché ricopre questi ruoli: {roles}. Assegna prima questi ruoli a qualcun altro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{person} can&apos;t be removed while they are: {roles}. Give these roles to someone else first.</source>
        <translation>Non è possibile rimuovere {person} finché ricopre questi ruoli: {roles}. Assegna prima questi ruoli a qualcun altro.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{person} is deactivated and can&apos;t be given a role. Reactivate them first.</source>
        <translation>L&apos;utente {person} è disattivato e non può ricevere un ruolo. Riattivalo prima.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The account primary contact can be changed to another user, but not removed.</source>
        <translation>Il contatto principale dell&apos;account può essere cambiato con un altro utente, ma non rimosso.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{email} is not a user of this account. Only the security contact may be an outside address.</source>
        <translation>{email} non è un utente di questo account. Solo il contatto per la sicurezza può essere un indirizzo esterno.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no account called “{key}”.</source>
        <translation>Non esiste un account chiamato “{key}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no user {key} in this account.</source>
        <translation>In questo account non c&apos;è l&apos;utente {key}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An account called “{name}” already exists.</source>
        <translation>Esiste già un account chiamato “{name}”.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Someone else changed the account “{account}” meanwhile, so nothing was saved.</source>
        <translation>Nel frattempo qualcun altro ha modificato l&apos;account “{account}”: non è stato salvato nulla.</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <location filename="../../contact_manager/domain/health.py" line="+40"/>
        <source>{person} is deactivated but is still the {role}.</source>
        <translation>L&apos;utente {person} è disattivato ma è ancora {role}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{person} holds {count} of the {total} roles: if they leave, nobody receives those notices.</source>
        <translation>{person} ricopre {count} dei {total} ruoli: se lascia l&apos;azienda, nessuno riceverà quelle notifiche.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No account primary contact is set.</source>
        <translation>Non è impostato alcun contatto principale dell&apos;account.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No billing contact is set: invoices go to the primary contact only.</source>
        <translation>Non è impostato alcun contatto di fatturazione: le fatture vanno solo al contatto principale.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No security contact is set.</source>
        <translation>Non è impostato alcun contatto per la sicurezza.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The contacts have never been reviewed.</source>
        <translation>I contatti non sono mai stati verificati.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The contacts were last reviewed {days} days ago.</source>
        <translation>I contatti sono stati verificati l&apos;ultima volta {days} giorni fa.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../contact_manager/domain/history.py" line="+34"/>
        <source>Account created</source>
        <translation>Account creato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account renamed</source>
        <translation>Account rinominato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company information changed</source>
        <translation>Informazioni sull&apos;azienda modificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts marked as reviewed</source>
        <translation>Contatti segnati come verificati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User added</source>
        <translation>Utente aggiunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User edited</source>
        <translation>Utente modificato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User deactivated</source>
        <translation>Utente disattivato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User reactivated</source>
        <translation>Utente riattivato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User removed</source>
        <translation>Utente rimosso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact set</source>
        <translation>Contatto impostato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact cleared</source>
        <translation>Contatto rimosso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing contact added</source>
        <translation>Contatto di fatturazione aggiunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing contact removed</source>
        <translation>Contatto di fatturazione rimosso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing contact replaced</source>
        <translation>Contatto di fatturazione sostituito</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../contact_manager/domain/routing.py" line="+28"/>
        <source>Invoices</source>
        <translation>Fatture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipts</source>
        <translation>Ricevute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renewal notices</source>
        <translation>Notifiche di rinnovo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrades</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security notices</source>
        <translation>Notifiche di sicurezza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onboarding notices</source>
        <translation>Notifiche di onboarding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical notices</source>
        <translation>Notifiche tecniche</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../contact_manager/domain/roles.py" line="+47"/>
        <source>Account primary contact</source>
        <translation>Contatto principale dell&apos;account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing contact</source>
        <translation>Contatto di fatturazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision maker</source>
        <translation>Decision maker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onboarding contact</source>
        <translation>Contatto per l&apos;onboarding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security contact</source>
        <translation>Contatto per la sicurezza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical admin</source>
        <translation>Amministratore tecnico</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../contact_manager/store/errors.py" line="+26"/>
        <source>The database is busy in another program. Try again in a moment.</source>
        <translation>Il database è in uso da un altro programma. Riprova tra un momento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database {path} can only be read: nothing was saved.</source>
        <translation>Il database {path} è di sola lettura: non è stato salvato nulla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>Il disco è pieno: non è stato salvato nulla. Libera un po&apos; di spazio e riprova.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not a Contact Manager database, or it is damaged.</source>
        <translation>{path} non è un database di Contact Manager, oppure è danneggiato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database {path} can&apos;t be opened: {detail}</source>
        <translation>Impossibile aprire il database {path}: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} was written by a newer version of Contact Manager. Install the newer version to open it; the file has not been changed.</source>
        <translation>{path} è stato scritto da una versione più recente di Contact Manager. Installa la versione più recente per aprirlo; il file non è stato modificato.</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <location filename="../../contact_manager/domain/company.py" line="+10"/>
        <source>Enter the person&apos;s first or last name.</source>
        <translation>Inserisci il nome o il cognome della persona.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A name can be at most 100 characters long.</source>
        <translation>Un nome può contenere al massimo 100 caratteri.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This field can be at most {count} characters long.</source>
        <translation>Questo campo può contenere al massimo {count} caratteri.</translation>
    </message>
</context>
</TS>
