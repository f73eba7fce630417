<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en_US">
<context>
    <name>AccountBillingTab</name>
    <message>
        <source>Points of contact</source>
        <translation>Referenti</translation>
    </message>
    <message>
        <source>No account is open.</source>
        <translation>Nessun account aperto.</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>Controlli</translation>
    </message>
    <message>
        <source>Who receives what</source>
        <translation>Chi riceve cosa</translation>
    </message>
    <message>
        <source>Each kind of notice and who receives it, worked out from the current points of contact.</source>
        <translation>Ogni tipo di notifica e chi la riceve, in base ai referenti attuali.</translation>
    </message>
    <message>
        <source>Billing contacts</source>
        <translation>Contatti di fatturazione</translation>
    </message>
    <message>
        <source>{role}:</source>
        <translation>{role}:</translation>
    </message>
    <message>
        <source>Edit points of contact…</source>
        <translation>Modifica i referenti…</translation>
    </message>
    <message>
        <source>Open the Company information tab to change the contacts</source>
        <translation>Apri la scheda Informazioni sull&apos;azienda per cambiare i contatti</translation>
    </message>
    <message>
        <source>Mark as reviewed</source>
        <translation>Segna come verificati</translation>
    </message>
    <message>
        <source>Record today as the day the contacts were checked</source>
        <translation>Registra oggi come data di verifica dei contatti</translation>
    </message>
    <message>
        <source>One row per kind of notice, with its recipients</source>
        <translation>Una riga per tipo di notifica, con i destinatari</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non impostato</translation>
    </message>
    <message>
        <source>{address} (outside address)</source>
        <translation>{address} (indirizzo esterno)</translation>
    </message>
    <message>
        <source>{person} (deactivated)</source>
        <translation>{person} (disattivato)</translation>
    </message>
    <message>
        <source>Check the points of contact, then record the review:</source>
        <translation>Controlla i referenti, poi registra la verifica:</translation>
    </message>
    <message>
        <source>Contacts last reviewed on {date}</source>
        <translation>Ultima verifica dei contatti: {date}</translation>
    </message>
    <message>
        <source>Contacts marked as reviewed</source>
        <translation>Contatti segnati come verificati</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
</context>
<context>
    <name>AdminActions</name>
    <message>
        <source>&amp;New account...</source>
        <translation>&amp;Nuovo account...</translation>
    </message>
    <message>
        <source>Create another account</source>
        <translation>Crea un altro account</translation>
    </message>
    <message>
        <source>Rena&amp;me account...</source>
        <translation>Rino&amp;mina account...</translation>
    </message>
    <message>
        <source>Give the current account another name</source>
        <translation>Dai un altro nome all&apos;account corrente</translation>
    </message>
    <message>
        <source>&amp;Delete account...</source>
        <translation>E&amp;limina account...</translation>
    </message>
    <message>
        <source>Delete the current account, after a backup of the database</source>
        <translation>Elimina l&apos;account corrente, dopo un backup del database</translation>
    </message>
    <message>
        <source>Import &amp;users...</source>
        <translation>Importa &amp;utenti...</translation>
    </message>
    <message>
        <source>Add users from a CSV file</source>
        <translation>Aggiungi utenti da un file CSV</translation>
    </message>
    <message>
        <source>&amp;Import account...</source>
        <translation>&amp;Importa account...</translation>
    </message>
    <message>
        <source>Create an account from an exported JSON file</source>
        <translation>Crea un account da un file JSON esportato</translation>
    </message>
    <message>
        <source>Export as &amp;JSON...</source>
        <translation>Esporta in &amp;JSON...</translation>
    </message>
    <message>
        <source>Save the account to a JSON file</source>
        <translation>Salva l&apos;account in un file JSON</translation>
    </message>
    <message>
        <source>Export as &amp;CSV...</source>
        <translation>Esporta in &amp;CSV...</translation>
    </message>
    <message>
        <source>Save the contacts to a CSV file</source>
        <translation>Salva i contatti in un file CSV</translation>
    </message>
    <message>
        <source>Export as &amp;vCard...</source>
        <translation>Esporta in &amp;vCard...</translation>
    </message>
    <message>
        <source>Save the contacts for an address book</source>
        <translation>Salva i contatti per una rubrica</translation>
    </message>
    <message>
        <source>&amp;Print contact sheet to PDF...</source>
        <translation>Stam&amp;pa la scheda dei contatti in PDF...</translation>
    </message>
    <message>
        <source>A printable contact sheet of the account</source>
        <translation>Una scheda stampabile dei contatti dell&apos;account</translation>
    </message>
    <message>
        <source>&amp;Back up database...</source>
        <translation>&amp;Backup del database...</translation>
    </message>
    <message>
        <source>Save a copy of the whole database</source>
        <translation>Salva una copia dell&apos;intero database</translation>
    </message>
    <message>
        <source>&amp;Restore...</source>
        <translation>&amp;Ripristina...</translation>
    </message>
    <message>
        <source>Replace the database with a backup</source>
        <translation>Sostituisci il database con un backup</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}</source>
        <translation>Impossibile scrivere {path}: {reason}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nuovo account</translation>
    </message>
    <message>
        <source>Name of the new account:</source>
        <translation>Nome del nuovo account:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crea</translation>
    </message>
    <message>
        <source>Created the account {name}.</source>
        <translation>Account {name} creato.</translation>
    </message>
    <message>
        <source>Rename account</source>
        <translation>Rinomina account</translation>
    </message>
    <message>
        <source>New name of “{name}”:</source>
        <translation>Nuovo nome di “{name}”:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rinomina</translation>
    </message>
    <message>
        <source>Renamed {old} to {new}.</source>
        <translation>{old} rinominato in {new}.</translation>
    </message>
    <message>
        <source>Deleted the account {name}. A backup made before was saved to {path}.</source>
        <translation>Account {name} eliminato. Il backup fatto prima è stato salvato in {path}.</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>File CSV (*.csv *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Import users</source>
        <translation>Importa utenti</translation>
    </message>
    <message>
        <source>Save refused rows</source>
        <translation>Salva righe rifiutate</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import account</source>
        <translation>Importa account</translation>
    </message>
    <message>
        <source>Contact Manager accounts (*.json);;All files (*)</source>
        <translation>Account di Contact Manager (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Import it as a new account called:</source>
        <translation>Importalo come nuovo account con il nome:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>{name} (imported)</source>
        <translation>{name} (importato)</translation>
    </message>
    <message>
        <source>Imported the account {name}.</source>
        <translation>Account {name} importato.</translation>
    </message>
    <message>
        <source>Export account</source>
        <translation>Esporta account</translation>
    </message>
    <message>
        <source>Exported {name} to {path}.</source>
        <translation>{name} esportato in {path}.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>File JSON (*.json)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>File vCard (*.vcf)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Backup del database</translation>
    </message>
    <message>
        <source>Contact Manager databases (*.db)</source>
        <translation>Database di Contact Manager (*.db)</translation>
    </message>
    <message>
        <source>Backed up the database to {path}.</source>
        <translation>Backup del database salvato in {path}.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Ripristina un backup</translation>
    </message>
    <message>
        <source>Contact Manager databases (*.db);;All files (*)</source>
        <translation>Database di Contact Manager (*.db);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Replace all the data with this backup?</source>
        <translation>Sostituire tutti i dati con questo backup?</translation>
    </message>
    <message numerus="yes">
        <source>{path}

It holds %n account(s). A copy of the current data is saved first.</source>
        <translation>
            <numerusform>{path}

Contiene %n account. Prima viene salvata una copia dei dati attuali.</numerusform>
            <numerusform>{path}

Contiene %n account. Prima viene salvata una copia dei dati attuali.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Restored the backup {path}. The data from before was saved to {saved}.</source>
        <translation>Backup {path} ripristinato. I dati precedenti sono stati salvati in {saved}.</translation>
    </message>
</context>
<context>
    <name>AdminGui</name>
    <message>
        <source>Users</source>
        <translation>Utenti</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>{path} is the database in use, not a backup: choose a backup file to restore.</source>
        <translation>{path} è il database in uso, non un backup: scegli un file di backup da ripristinare.</translation>
    </message>
    <message>
        <source>there is no such file.</source>
        <translation>il file non esiste.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Keep the points of contact of company accounts: primary, billing and other contacts.</source>
        <translation>Gestisci i referenti degli account aziendali: contatto principale, contatti di fatturazione e altri contatti.</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 refused (the reason is printed on one line), 2 wrong usage.</source>
        <translation>Codice di uscita: 0 fatto, 1 rifiutato (il motivo è stampato su una riga), 2 uso errato.</translation>
    </message>
    <message>
        <source>create the database if needed, and an account in it (--account NAME)</source>
        <translation>crea il database se serve, e un account al suo interno (--account NOME)</translation>
    </message>
    <message>
        <source>the accounts in the database</source>
        <translation>gli account del database</translation>
    </message>
    <message>
        <source>list the accounts</source>
        <translation>elenca gli account</translation>
    </message>
    <message>
        <source>the following arguments are required: --account</source>
        <translation>è obbligatorio il seguente argomento: --account</translation>
    </message>
    <message>
        <source>Created the account “{name}” in {path}.</source>
        <translation>Creato l&apos;account “{name}” in {path}.</translation>
    </message>
    <message>
        <source>The database has no accounts yet.</source>
        <translation>Il database non contiene ancora account.</translation>
    </message>
    <message>
        <source>the database file or sqlite:/// URL (default: $CONTACT_MANAGER_DB, else contacts.db in the per-user data folder)</source>
        <translation>il file del database o un URL sqlite:/// (predefinito: $CONTACT_MANAGER_DB, altrimenti contacts.db nella cartella dati dell&apos;utente)</translation>
    </message>
    <message>
        <source>the language of the messages (default: the system&apos;s)</source>
        <translation>la lingua dei messaggi (predefinita: quella del sistema)</translation>
    </message>
    <message>
        <source>the account to work on (needed when the database holds several)</source>
        <translation>l&apos;account su cui lavorare (necessario se il database ne contiene più di uno)</translation>
    </message>
    <message>
        <source>There is no database at {path}. Create it with: {prog} init --account NAME</source>
        <translation>Non c&apos;è un database in {path}. Crealo con: {prog} init --account NOME</translation>
    </message>
    <message>
        <source>The database {path} has no account yet. Create one with: {prog} init --account NAME</source>
        <translation>Il database {path} non ha ancora un account. Creane uno con: {prog} init --account NOME</translation>
    </message>
    <message>
        <source>The database holds several accounts; choose one with --account: {names}</source>
        <translation>Il database contiene più account; scegline uno con --account: {names}</translation>
    </message>
    <message>
        <source>the account&apos;s points of contact</source>
        <translation>i referenti dell&apos;account</translation>
    </message>
    <message>
        <source>show every point of contact</source>
        <translation>mostra tutti i referenti</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>stampa in JSON</translation>
    </message>
    <message>
        <source>the user&apos;s email address</source>
        <translation>l&apos;indirizzo email dell&apos;utente</translation>
    </message>
    <message>
        <source>give a role to a user (the security contact may be an outside address)</source>
        <translation>assegna un ruolo a un utente (il contatto per la sicurezza può essere un indirizzo esterno)</translation>
    </message>
    <message>
        <source>add a billing contact</source>
        <translation>aggiungi un contatto di fatturazione</translation>
    </message>
    <message>
        <source>remove a billing contact</source>
        <translation>rimuovi un contatto di fatturazione</translation>
    </message>
    <message>
        <source>leave a role without a holder</source>
        <translation>lascia un ruolo senza titolare</translation>
    </message>
    <message>
        <source>Added {person} as a billing contact ({count} of {cap}).</source>
        <translation>{person} aggiunto come contatto di fatturazione ({count} di {cap}).</translation>
    </message>
    <message>
        <source>{email} is not a billing contact of “{account}”.</source>
        <translation>{email} non è un contatto di fatturazione di “{account}”.</translation>
    </message>
    <message>
        <source>Removed {person} from the billing contacts.</source>
        <translation>{person} rimosso dai contatti di fatturazione.</translation>
    </message>
    <message>
        <source>{role}: nobody held it; nothing changed.</source>
        <translation>{role}: nessuno lo ricopriva; nessuna modifica.</translation>
    </message>
    <message>
        <source>{role}: cleared.</source>
        <translation>{role}: rimosso.</translation>
    </message>
    <message>
        <source>every change made to the account, newest first</source>
        <translation>tutte le modifiche all&apos;account, dalla più recente</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>{email} (outside address)</source>
        <translation>{email} (indirizzo esterno)</translation>
    </message>
    <message>
        <source>{person} (deactivated)</source>
        <translation>{person} (disattivato)</translation>
    </message>
    <message>
        <source>Account: {name}</source>
        <translation>Account: {name}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>attivo</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>disattivato</translation>
    </message>
    <message>
        <source>The account has no users yet.</source>
        <translation>L&apos;account non ha ancora utenti.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Ruoli</translation>
    </message>
    <message>
        <source>{old} → (none)</source>
        <translation>{old} → (nessuno)</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Nessuna modifica registrata finora.</translation>
    </message>
    <message>
        <source>the users of an account</source>
        <translation>gli utenti di un account</translation>
    </message>
    <message>
        <source>import users from a CSV file (the accepted rows, in one transaction)</source>
        <translation>importa utenti da un file CSV (le righe accettate, in un&apos;unica transazione)</translation>
    </message>
    <message>
        <source>the CSV file to read</source>
        <translation>il file CSV da leggere</translation>
    </message>
    <message>
        <source>print every row&apos;s verdict; import nothing</source>
        <translation>stampa l&apos;esito di ogni riga; non importa nulla</translation>
    </message>
    <message>
        <source>which column holds a field when the headers are not recognised: FIELD is first, last, email, title or phone; COLUMN a number (1 = first column) or a header; repeat for each</source>
        <translation>quale colonna contiene un campo quando le intestazioni non sono riconosciute: CAMPO è first, last, email, title o phone; COLONNA un numero (1 = prima colonna) o un&apos;intestazione; ripetere per ciascuno</translation>
    </message>
    <message>
        <source>also write the refused rows to this CSV file</source>
        <translation>scrivi anche le righe rifiutate in questo file CSV</translation>
    </message>
    <message>
        <source>export the account&apos;s contact sheet</source>
        <translation>esporta la scheda dei contatti dell&apos;account</translation>
    </message>
    <message>
        <source>the file format</source>
        <translation>il formato del file</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>il file da scrivere</translation>
    </message>
    <message>
        <source>create an account from an exported JSON file (named as in the file, or by --account); an existing account is never overwritten</source>
        <translation>crea un account da un file JSON esportato (con il nome del file o quello di --account); un account esistente non viene mai sovrascritto</translation>
    </message>
    <message>
        <source>the JSON file to read</source>
        <translation>il file JSON da leggere</translation>
    </message>
    <message>
        <source>the new account&apos;s name (default: the name in the file)</source>
        <translation>il nome del nuovo account (predefinito: il nome nel file)</translation>
    </message>
    <message>
        <source>--map takes FIELD=COLUMN, with FIELD one of first, last, email, title, phone.</source>
        <translation>--map vuole CAMPO=COLONNA, con CAMPO tra first, last, email, title, phone.</translation>
    </message>
    <message>
        <source>The file has no column {column}.</source>
        <translation>Il file non ha la colonna {column}.</translation>
    </message>
    <message>
        <source>line {line}: {verdict}: {who}</source>
        <translation>riga {line}: {verdict}: {who}</translation>
    </message>
    <message>
        <source>Dry run: {new} new, {present} already present, {refused} refused; nothing imported.</source>
        <translation>Prova: {new} nuovi, {present} già presenti, {refused} rifiutati; non è stato importato nulla.</translation>
    </message>
    <message>
        <source>Imported {imported} users into {account}: {present} already present, {refused} refused.</source>
        <translation>Importati {imported} utenti in {account}: {present} già presenti, {refused} rifiutati.</translation>
    </message>
    <message>
        <source>Can&apos;t write {path}: {reason}</source>
        <translation>Impossibile scrivere {path}: {reason}</translation>
    </message>
    <message>
        <source>Exported {account} to {path}.</source>
        <translation>Esportato {account} in {path}.</translation>
    </message>
    <message>
        <source>Created the account {account} from {file}.</source>
        <translation>Creato l&apos;account {account} da {file}.</translation>
    </message>
    <message>
        <source>add a user to the account</source>
        <translation>aggiungi un utente all&apos;account</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>cognome</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>indirizzo email</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>qualifica</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>numero di telefono</translation>
    </message>
    <message>
        <source>list the users and the roles they hold</source>
        <translation>elenca gli utenti e i loro ruoli</translation>
    </message>
    <message>
        <source>refused while they hold a role</source>
        <translation>rifiutato finché ricopre un ruolo</translation>
    </message>
    <message>
        <source>deactivate a user</source>
        <translation>disattiva un utente</translation>
    </message>
    <message>
        <source>reactivate a user</source>
        <translation>riattiva un utente</translation>
    </message>
    <message>
        <source>remove a user</source>
        <translation>rimuovi un utente</translation>
    </message>
    <message>
        <source>Added the user {person}.</source>
        <translation>Utente aggiunto: {person}.</translation>
    </message>
    <message>
        <source>{person} was already deactivated.</source>
        <translation>L&apos;utente {person} era già disattivato.</translation>
    </message>
    <message>
        <source>Deactivated {person}.</source>
        <translation>Utente disattivato: {person}.</translation>
    </message>
    <message>
        <source>{person} was already active.</source>
        <translation>L&apos;utente {person} era già attivo.</translation>
    </message>
    <message>
        <source>Reactivated {person}.</source>
        <translation>Utente riattivato: {person}.</translation>
    </message>
    <message>
        <source>Removed the user {person}.</source>
        <translation>Utente rimosso: {person}.</translation>
    </message>
</context>
<context>
    <name>ColumnMappingPage</name>
    <message>
        <source>Choose which column of the file holds each field: the email address and a first or last name are needed.</source>
        <translation>Indica quale colonna del file contiene ogni campo: servono l&apos;indirizzo email e un nome o un cognome.</translation>
    </message>
    <message>
        <source>The first line holds column titles</source>
        <translation>La prima riga contiene i titoli delle colonne</translation>
    </message>
    <message>
        <source>Show preview</source>
        <translation>Mostra anteprima</translation>
    </message>
    <message>
        <source>The first lines of the file:</source>
        <translation>Le prime righe del file:</translation>
    </message>
    <message>
        <source>The first lines of the file</source>
        <translation>Le prime righe del file</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(non presente nel file)</translation>
    </message>
</context>
<context>
    <name>Company</name>
    <message>
        <source>Company name</source>
        <translation>Ragione sociale</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <source>The account needs a name.</source>
        <translation>L&apos;account deve avere un nome.</translation>
    </message>
    <message>
        <source>The name is too long.</source>
        <translation>Il nome è troppo lungo.</translation>
    </message>
    <message>
        <source>{field} can be at most {count} characters long.</source>
        <translation>{field} può contenere al massimo {count} caratteri.</translation>
    </message>
    <message>
        <source>A phone number has digits, spaces and + ( ) - . / only.</source>
        <translation>Un numero di telefono può contenere solo cifre, spazi e + ( ) - . /</translation>
    </message>
    <message>
        <source>Enter a web address such as www.example.com.</source>
        <translation>Inserisci un indirizzo web come www.example.com.</translation>
    </message>
    <message>
        <source>A VAT number has letters and digits only, such as IT12345678901.</source>
        <translation>Una partita IVA contiene solo lettere e cifre, ad esempio IT12345678901.</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>Scegli un paese dall&apos;elenco.</translation>
    </message>
</context>
<context>
    <name>CompanyDetailsBox</name>
    <message>
        <source>Company details</source>
        <translation>Dati dell&apos;azienda</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>&amp;Ragione sociale:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>I&amp;ndirizzo:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Paese:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>T&amp;elefono:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Sito &amp;web:</translation>
    </message>
    <message>
        <source>VAT nu&amp;mber:</source>
        <translation>Partita &amp;IVA:</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Paesi</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non impostato)</translation>
    </message>
    <message>
        <source>{field} saved</source>
        <translation>{field} salvato</translation>
    </message>
</context>
<context>
    <name>CompanyInfoTab</name>
    <message>
        <source>Account primary contact</source>
        <translation>Contatto principale dell&apos;account</translation>
    </message>
    <message>
        <source>Billing contacts</source>
        <translation>Contatti di fatturazione</translation>
    </message>
    <message>
        <source>Billing contact {number} of {cap}</source>
        <translation>Contatto di fatturazione {number} di {cap}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Remove billing contact {number}</source>
        <translation>Rimuovi il contatto di fatturazione {number}</translation>
    </message>
    <message>
        <source>Up to {cap} people who receive invoices and payment notices.</source>
        <translation>Fino a {cap} persone che ricevono fatture e avvisi di pagamento.</translation>
    </message>
    <message>
        <source>No billing contact yet: invoices go to the primary contact.</source>
        <translation>Ancora nessun contatto di fatturazione: le fatture vanno al contatto principale.</translation>
    </message>
    <message>
        <source>&amp;Add another</source>
        <translation>A&amp;ggiungi un altro</translation>
    </message>
    <message>
        <source>Add another billing contact</source>
        <translation>Aggiungi un altro contatto di fatturazione</translation>
    </message>
    <message>
        <source>Other contacts</source>
        <translation>Altri contatti</translation>
    </message>
    <message>
        <source>&amp;Decision maker:</source>
        <translation>&amp;Decision maker:</translation>
    </message>
    <message>
        <source>&amp;Onboarding contact:</source>
        <translation>Contatto per l&apos;&amp;onboarding:</translation>
    </message>
    <message>
        <source>&amp;Security contact:</source>
        <translation>Contatto per la &amp;sicurezza:</translation>
    </message>
    <message>
        <source>&amp;Technical admin:</source>
        <translation>Amministratore &amp;tecnico:</translation>
    </message>
    <message>
        <source>Choose a user, or type an outside email address for a security contact.</source>
        <translation>Scegli un utente, oppure scrivi un indirizzo email esterno come contatto per la sicurezza.</translation>
    </message>
    <message>
        <source>Receives every important account notice: invoices, upgrades, renewals and the rest.</source>
        <translation>Riceve tutte le notifiche importanti dell&apos;account: fatture, upgrade, rinnovi e il resto.</translation>
    </message>
    <message>
        <source>Receives copies of invoices, receipts, orders and renewal notices.</source>
        <translation>Riceve copia di fatture, ricevute, ordini e notifiche di rinnovo.</translation>
    </message>
    <message>
        <source>Decides on contracts and renewals; receives renewal notices.</source>
        <translation>Decide su contratti e rinnovi; riceve le notifiche di rinnovo.</translation>
    </message>
    <message>
        <source>Receives onboarding notices.</source>
        <translation>Riceve le notifiche di onboarding.</translation>
    </message>
    <message>
        <source>Receives security notices; may be an outside email address.</source>
        <translation>Riceve le notifiche di sicurezza; può essere un indirizzo email esterno.</translation>
    </message>
    <message>
        <source>Receives technical notices.</source>
        <translation>Riceve le notifiche tecniche.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>{role}: {person}</source>
        <translation>{role}: {person}</translation>
    </message>
    <message>
        <source>{change} (setting the first primary contact can&apos;t be undone: an account always keeps one; choose another user to change it)</source>
        <translation>{change} (l&apos;impostazione del primo contatto principale non si può annullare: un account ne ha sempre uno; scegli un altro utente per cambiarlo)</translation>
    </message>
    <message>
        <source>billing contact {number}: {person}</source>
        <translation>contatto di fatturazione {number}: {person}</translation>
    </message>
    <message>
        <source>billing contact added: {person}</source>
        <translation>contatto di fatturazione aggiunto: {person}</translation>
    </message>
    <message>
        <source>billing contact removed: {person}</source>
        <translation>contatto di fatturazione rimosso: {person}</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <source>Select a user</source>
        <translation>Seleziona un utente</translation>
    </message>
    <message>
        <source>Users to choose from</source>
        <translation>Utenti tra cui scegliere</translation>
    </message>
    <message>
        <source>Users matching what you typed</source>
        <translation>Utenti che corrispondono al testo digitato</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non salvato: {reason}</translation>
    </message>
    <message>
        <source>External address</source>
        <translation>Indirizzo esterno</translation>
    </message>
    <message>
        <source>Not a user of this account: an outside address.</source>
        <translation>Non è un utente di questo account: è un indirizzo esterno.</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Disattivato</translation>
    </message>
    <message>
        <source>This user is deactivated: choose an active user for this role.</source>
        <translation>Questo utente è disattivato: scegli un utente attivo per questo ruolo.</translation>
    </message>
</context>
<context>
    <name>ContactSheetPdf</name>
    <message>
        <source>Not set</source>
        <translation>Non impostato</translation>
    </message>
    <message>
        <source>outside address</source>
        <translation>indirizzo esterno</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>disattivato</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>Contacts last reviewed on {date}.</source>
        <translation>Ultima verifica dei contatti: {date}.</translation>
    </message>
    <message>
        <source>The contacts have never been reviewed.</source>
        <translation>I contatti non sono mai stati verificati.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titolare</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notifica</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatari</translation>
    </message>
    <message>
        <source>Points of contact</source>
        <translation>Referenti</translation>
    </message>
    <message>
        <source>Who receives which notice</source>
        <translation>Chi riceve quale notifica</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <source>Points of contact, printed on {date}.</source>
        <translation>Referenti, stampato il {date}.</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>Impossibile scrivere il PDF.</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <source>Ascension Island</source>
        <translation>Isola di Ascensione</translation>
    </message>
    <message>
        <source>Andorra</source>
        <translation>Andorra</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>Emirati Arabi Uniti</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Afghanistan</translation>
    </message>
    <message>
        <source>Antigua &amp; Barbuda</source>
        <translation>Antigua e Barbuda</translation>
    </message>
    <message>
        <source>Anguilla</source>
        <translation>Anguilla</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>Albania</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>Armenia</translation>
    </message>
    <message>
        <source>Angola</source>
        <translation>Angola</translation>
    </message>
    <message>
        <source>Antarctica</source>
        <translation>Antartide</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentina</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>Samoa americane</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Austria</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>Aruba</source>
        <translation>Aruba</translation>
    </message>
    <message>
        <source>Åland Islands</source>
        <translation>Isole Åland</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Azerbaigian</translation>
    </message>
    <message>
        <source>Bosnia &amp; Herzegovina</source>
        <translation>Bosnia ed Erzegovina</translation>
    </message>
    <message>
        <source>Barbados</source>
        <translation>Barbados</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>Bangladesh</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgio</translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <translation>Burkina Faso</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bulgaria</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>Bahrein</translation>
    </message>
    <message>
        <source>Burundi</source>
        <translation>Burundi</translation>
    </message>
    <message>
        <source>Benin</source>
        <translation>Benin</translation>
    </message>
    <message>
        <source>St. Barthélemy</source>
        <translation>Saint-Barthélemy</translation>
    </message>
    <message>
        <source>Bermuda</source>
        <translation>Bermuda</translation>
    </message>
    <message>
        <source>Brunei</source>
        <translation>Brunei</translation>
    </message>
    <message>
        <source>Bolivia</source>
        <translation>Bolivia</translation>
    </message>
    <message>
        <source>Caribbean Netherlands</source>
        <translation>Caraibi olandesi</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brasile</translation>
    </message>
    <message>
        <source>Bahamas</source>
        <translation>Bahamas</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation>Bhutan</translation>
    </message>
    <message>
        <source>Bouvet Island</source>
        <translation>Isola Bouvet</translation>
    </message>
    <message>
        <source>Botswana</source>
        <translation>Botswana</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Bielorussia</translation>
    </message>
    <message>
        <source>Belize</source>
        <translation>Belize</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>Cocos (Keeling) Islands</source>
        <translation>Isole Cocos (Keeling)</translation>
    </message>
    <message>
        <source>Congo - Kinshasa</source>
        <translation>Congo - Kinshasa</translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <translation>Repubblica Centrafricana</translation>
    </message>
    <message>
        <source>Congo - Brazzaville</source>
        <translation>Congo - Brazzaville</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Svizzera</translation>
    </message>
    <message>
        <source>Côte d’Ivoire</source>
        <translation>Costa d’Avorio</translation>
    </message>
    <message>
        <source>Cook Islands</source>
        <translation>Isole Cook</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>Cile</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>Camerun</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Cina</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Colombia</translation>
    </message>
    <message>
        <source>Clipperton Island</source>
        <translation>Isola di Clipperton</translation>
    </message>
    <message>
        <source>Costa Rica</source>
        <translation>Costa Rica</translation>
    </message>
    <message>
        <source>Cuba</source>
        <translation>Cuba</translation>
    </message>
    <message>
        <source>Cape Verde</source>
        <translation>Capo Verde</translation>
    </message>
    <message>
        <source>Curaçao</source>
        <translation>Curaçao</translation>
    </message>
    <message>
        <source>Christmas Island</source>
        <translation>Isola Christmas</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Cipro</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Cechia</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Germania</translation>
    </message>
    <message>
        <source>Diego Garcia</source>
        <translation>Diego Garcia</translation>
    </message>
    <message>
        <source>Djibouti</source>
        <translation>Gibuti</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Danimarca</translation>
    </message>
    <message>
        <source>Dominica</source>
        <translation>Dominica</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>Repubblica Dominicana</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>Algeria</translation>
    </message>
    <message>
        <source>Ceuta &amp; Melilla</source>
        <translation>Ceuta e Melilla</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation>Ecuador</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estonia</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Egitto</translation>
    </message>
    <message>
        <source>Western Sahara</source>
        <translation>Sahara occidentale</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>Eritrea</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spagna</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>Etiopia</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finlandia</translation>
    </message>
    <message>
        <source>Fiji</source>
        <translation>Figi</translation>
    </message>
    <message>
        <source>Falkland Islands</source>
        <translation>Isole Falkland</translation>
    </message>
    <message>
        <source>Micronesia</source>
        <translation>Micronesia</translation>
    </message>
    <message>
        <source>Faroe Islands</source>
        <translation>Isole Fær Øer</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <source>Gabon</source>
        <translation>Gabon</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Regno Unito</translation>
    </message>
    <message>
        <source>Grenada</source>
        <translation>Grenada</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Georgia</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>Guyana francese</translation>
    </message>
    <message>
        <source>Guernsey</source>
        <translation>Guernsey</translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation>Ghana</translation>
    </message>
    <message>
        <source>Gibraltar</source>
        <translation>Gibilterra</translation>
    </message>
    <message>
        <source>Greenland</source>
        <translation>Groenlandia</translation>
    </message>
    <message>
        <source>Gambia</source>
        <translation>Gambia</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>Guinea</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>Guadalupa</translation>
    </message>
    <message>
        <source>Equatorial Guinea</source>
        <translation>Guinea Equatoriale</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Grecia</translation>
    </message>
    <message>
        <source>South Georgia &amp; South Sandwich Islands</source>
        <translation>Georgia del Sud e Sandwich australi</translation>
    </message>
    <message>
        <source>Guatemala</source>
        <translation>Guatemala</translation>
    </message>
    <message>
        <source>Guam</source>
        <translation>Guam</translation>
    </message>
    <message>
        <source>Guinea-Bissau</source>
        <translation>Guinea-Bissau</translation>
    </message>
    <message>
        <source>Guyana</source>
        <translation>Guyana</translation>
    </message>
    <message>
        <source>Hong Kong SAR China</source>
        <translation>RAS di Hong Kong</translation>
    </message>
    <message>
        <source>Heard &amp; McDonald Islands</source>
        <translation>Isole Heard e McDonald</translation>
    </message>
    <message>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Croazia</translation>
    </message>
    <message>
        <source>Haiti</source>
        <translation>Haiti</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Ungheria</translation>
    </message>
    <message>
        <source>Canary Islands</source>
        <translation>Isole Canarie</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Israele</translation>
    </message>
    <message>
        <source>Isle of Man</source>
        <translation>Isola di Man</translation>
    </message>
    <message>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <source>British Indian Ocean Territory</source>
        <translation>Territorio britannico dell’Oceano Indiano</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>Iraq</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Iran</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>Islanda</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italia</translation>
    </message>
    <message>
        <source>Jersey</source>
        <translation>Jersey</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>Giamaica</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>Giordania</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Giappone</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>Kenya</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Kirghizistan</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>Cambogia</translation>
    </message>
    <message>
        <source>Kiribati</source>
        <translation>Kiribati</translation>
    </message>
    <message>
        <source>Comoros</source>
        <translation>Comore</translation>
    </message>
    <message>
        <source>St. Kitts &amp; Nevis</source>
        <translation>Saint Kitts e Nevis</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>Corea del Nord</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>Corea del Sud</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>Kuwait</translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <translation>Isole Cayman</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Kazakistan</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>Laos</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>Libano</translation>
    </message>
    <message>
        <source>St. Lucia</source>
        <translation>Saint Lucia</translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <translation>Liechtenstein</translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <translation>Sri Lanka</translation>
    </message>
    <message>
        <source>Liberia</source>
        <translation>Liberia</translation>
    </message>
    <message>
        <source>Lesotho</source>
        <translation>Lesotho</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Lituania</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Lussemburgo</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Lettonia</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>Libia</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Marocco</translation>
    </message>
    <message>
        <source>Monaco</source>
        <translation>Monaco</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Moldavia</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>Montenegro</translation>
    </message>
    <message>
        <source>St. Martin</source>
        <translation>Saint Martin</translation>
    </message>
    <message>
        <source>Madagascar</source>
        <translation>Madagascar</translation>
    </message>
    <message>
        <source>Marshall Islands</source>
        <translation>Isole Marshall</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>Macedonia del Nord</translation>
    </message>
    <message>
        <source>Mali</source>
        <translation>Mali</translation>
    </message>
    <message>
        <source>Myanmar (Burma)</source>
        <translation>Myanmar (Birmania)</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>Mongolia</translation>
    </message>
    <message>
        <source>Macao SAR China</source>
        <translation>RAS di Macao</translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation>Isole Marianne settentrionali</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Martinica</translation>
    </message>
    <message>
        <source>Mauritania</source>
        <translation>Mauritania</translation>
    </message>
    <message>
        <source>Montserrat</source>
        <translation>Montserrat</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>Malta</translation>
    </message>
    <message>
        <source>Mauritius</source>
        <translation>Mauritius</translation>
    </message>
    <message>
        <source>Maldives</source>
        <translation>Maldive</translation>
    </message>
    <message>
        <source>Malawi</source>
        <translation>Malawi</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Messico</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Malaysia</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation>Mozambico</translation>
    </message>
    <message>
        <source>Namibia</source>
        <translation>Namibia</translation>
    </message>
    <message>
        <source>New Caledonia</source>
        <translation>Nuova Caledonia</translation>
    </message>
    <message>
        <source>Niger</source>
        <translation>Niger</translation>
    </message>
    <message>
        <source>Norfolk Island</source>
        <translation>Isola Norfolk</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>Nigeria</translation>
    </message>
    <message>
        <source>Nicaragua</source>
        <translation>Nicaragua</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Paesi Bassi</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norvegia</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>Nepal</translation>
    </message>
    <message>
        <source>Nauru</source>
        <translation>Nauru</translation>
    </message>
    <message>
        <source>Niue</source>
        <translation>Niue</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Nuova Zelanda</translation>
    </message>
    <message>
        <source>Oman</source>
        <translation>Oman</translation>
    </message>
    <message>
        <source>Panama</source>
        <translation>Panama</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>Perù</translation>
    </message>
    <message>
        <source>French Polynesia</source>
        <translation>Polinesia francese</translation>
    </message>
    <message>
        <source>Papua New Guinea</source>
        <translation>Papua Nuova Guinea</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Filippine</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>Pakistan</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polonia</translation>
    </message>
    <message>
        <source>St. Pierre &amp; Miquelon</source>
        <translation>Saint-Pierre e Miquelon</translation>
    </message>
    <message>
        <source>Pitcairn Islands</source>
        <translation>Isole Pitcairn</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>Portorico</translation>
    </message>
    <message>
        <source>Palestinian Territories</source>
        <translation>Territori palestinesi</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portogallo</translation>
    </message>
    <message>
        <source>Palau</source>
        <translation>Palau</translation>
    </message>
    <message>
        <source>Paraguay</source>
        <translation>Paraguay</translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation>Qatar</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>Riunione</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Romania</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Serbia</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Russia</translation>
    </message>
    <message>
        <source>Rwanda</source>
        <translation>Ruanda</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Arabia Saudita</translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <translation>Isole Salomone</translation>
    </message>
    <message>
        <source>Seychelles</source>
        <translation>Seychelles</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>Sudan</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Svezia</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapore</translation>
    </message>
    <message>
        <source>St. Helena</source>
        <translation>Sant’Elena</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Slovenia</translation>
    </message>
    <message>
        <source>Svalbard &amp; Jan Mayen</source>
        <translation>Svalbard e Jan Mayen</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slovacchia</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>Sierra Leone</translation>
    </message>
    <message>
        <source>San Marino</source>
        <translation>San Marino</translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation>Senegal</translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation>Somalia</translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation>Suriname</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation>Sud Sudan</translation>
    </message>
    <message>
        <source>São Tomé &amp; Príncipe</source>
        <translation>São Tomé e Príncipe</translation>
    </message>
    <message>
        <source>El Salvador</source>
        <translation>El Salvador</translation>
    </message>
    <message>
        <source>Sint Maarten</source>
        <translation>Sint Maarten</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Siria</translation>
    </message>
    <message>
        <source>Eswatini</source>
        <translation>Eswatini</translation>
    </message>
    <message>
        <source>Tristan da Cunha</source>
        <translation>Tristan da Cunha</translation>
    </message>
    <message>
        <source>Turks &amp; Caicos Islands</source>
        <translation>Isole Turks e Caicos</translation>
    </message>
    <message>
        <source>Chad</source>
        <translation>Ciad</translation>
    </message>
    <message>
        <source>French Southern Territories</source>
        <translation>Terre australi francesi</translation>
    </message>
    <message>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Thailandia</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Tagikistan</translation>
    </message>
    <message>
        <source>Tokelau</source>
        <translation>Tokelau</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>Timor Est</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Turkmenistan</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>Tunisia</translation>
    </message>
    <message>
        <source>Tonga</source>
        <translation>Tonga</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Turchia</translation>
    </message>
    <message>
        <source>Trinidad &amp; Tobago</source>
        <translation>Trinidad e Tobago</translation>
    </message>
    <message>
        <source>Tuvalu</source>
        <translation>Tuvalu</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>Taiwan</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>Tanzania</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ucraina</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>Uganda</translation>
    </message>
    <message>
        <source>U.S. Outlying Islands</source>
        <translation>Altre isole americane del Pacifico</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Stati Uniti</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Uzbekistan</translation>
    </message>
    <message>
        <source>Vatican City</source>
        <translation>Città del Vaticano</translation>
    </message>
    <message>
        <source>St. Vincent &amp; Grenadines</source>
        <translation>Saint Vincent e Grenadine</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <source>British Virgin Islands</source>
        <translation>Isole Vergini britanniche</translation>
    </message>
    <message>
        <source>U.S. Virgin Islands</source>
        <translation>Isole Vergini americane</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Vietnam</translation>
    </message>
    <message>
        <source>Vanuatu</source>
        <translation>Vanuatu</translation>
    </message>
    <message>
        <source>Wallis &amp; Futuna</source>
        <translation>Wallis e Futuna</translation>
    </message>
    <message>
        <source>Samoa</source>
        <translation>Samoa</translation>
    </message>
    <message>
        <source>Kosovo</source>
        <translation>Kosovo</translation>
    </message>
    <message>
        <source>Yemen</source>
        <translation>Yemen</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>Sudafrica</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>Zambia</translation>
    </message>
    <message>
        <source>Zimbabwe</source>
        <translation>Zimbabwe</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Contact Manager: something went wrong</source>
        <translation>Contact Manager: si è verificato un problema</translation>
    </message>
    <message>
        <source>Something went wrong that Contact Manager did not expect, and what you were doing may not have been finished.

Everything you had already saved is safe. Please check that your last change is there, and try again.

The details were written to this log file, which you can send to whoever looks after the app:
%1</source>
        <translation>Si è verificato un problema imprevisto e l&apos;operazione in corso potrebbe non essere stata completata.

Tutto ciò che avevi già salvato è al sicuro. Controlla che l&apos;ultima modifica ci sia e riprova.

I dettagli sono stati scritti in questo file di log, che puoi inviare a chi si occupa dell&apos;applicazione:
%1</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Errore imprevisto</translation>
    </message>
</context>
<context>
    <name>DeleteAccountDialog</name>
    <message>
        <source>Delete account</source>
        <translation>Elimina account</translation>
    </message>
    <message>
        <source>Deleting “{name}” removes its users, contacts and history. A backup of the whole database is made first.</source>
        <translation>Eliminando “{name}” si rimuovono i suoi utenti, contatti e cronologia. Prima viene fatto un backup dell&apos;intero database.</translation>
    </message>
    <message>
        <source>Type the account&apos;s name to confirm:</source>
        <translation>Scrivi il nome dell&apos;account per confermare:</translation>
    </message>
    <message>
        <source>Type the account&apos;s name to confirm</source>
        <translation>Scrivi il nome dell&apos;account per confermare</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>You can only set up to {cap} billing contacts per account.</source>
        <translation>Puoi impostare al massimo {cap} contatti di fatturazione per account.</translation>
    </message>
    <message>
        <source>The current billing contacts are:
{names}

Remove one of them to add someone else.</source>
        <translation>Gli attuali contatti di fatturazione sono:
{names}

Rimuovine uno per aggiungere un&apos;altra persona.</translation>
    </message>
    <message>
        <source>Billing contacts</source>
        <translation>Contatti di fatturazione</translation>
    </message>
    <message>
        <source>Invalid email address</source>
        <translation>Indirizzo email non valido</translation>
    </message>
    <message>
        <source>Correct the address, or choose a user from the list. Nothing was saved.</source>
        <translation>Correggi l&apos;indirizzo oppure scegli un utente dall&apos;elenco. Non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Modificato altrove</translation>
    </message>
    <message>
        <source>The window now shows what is saved. Make your change again if it is still needed.</source>
        <translation>La finestra ora mostra i dati salvati. Ripeti la modifica se serve ancora.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <source>Contact Manager {version}</source>
        <translation>Contact Manager {version}</translation>
    </message>
    <message>
        <source>Keeps the points of contact of company accounts: the primary contact, billing contacts and other contacts.</source>
        <translation>Gestisce i referenti degli account aziendali: il contatto principale, i contatti di fatturazione e gli altri contatti.</translation>
    </message>
    <message>
        <source>About Contact Manager</source>
        <translation>Informazioni su Contact Manager</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Apri database</translation>
    </message>
    <message>
        <source>Contact Manager databases (*.db);;All files (*)</source>
        <translation>Database di Contact Manager (*.db);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Contact Manager can&apos;t start</source>
        <translation>Contact Manager non riesce ad avviarsi</translation>
    </message>
</context>
<context>
    <name>EmailValidator</name>
    <message>
        <source>An email address must have an @-sign.</source>
        <translation>Un indirizzo email deve contenere il simbolo @.</translation>
    </message>
    <message>
        <source>There must be something before the @-sign.</source>
        <translation>Manca la parte prima del simbolo @.</translation>
    </message>
    <message>
        <source>There must be something after the @-sign.</source>
        <translation>Manca la parte dopo il simbolo @.</translation>
    </message>
    <message>
        <source>The part after the @-sign is not valid. It should have a period.</source>
        <translation>La parte dopo il simbolo @ non è valida: dovrebbe contenere un punto.</translation>
    </message>
    <message>
        <source>An email address cannot have a period immediately after the @-sign.</source>
        <translation>Un indirizzo email non può avere un punto subito dopo il simbolo @.</translation>
    </message>
    <message>
        <source>An email address cannot have two periods in a row.</source>
        <translation>Un indirizzo email non può avere due punti di seguito.</translation>
    </message>
    <message>
        <source>An email address cannot end with a period.</source>
        <translation>Un indirizzo email non può terminare con un punto.</translation>
    </message>
    <message>
        <source>The email address contains invalid characters before the @-sign: SPACE.</source>
        <translation>L&apos;indirizzo email contiene caratteri non validi prima del simbolo @: SPAZIO.</translation>
    </message>
    <message>
        <source>The email address is too long (1 character too many).</source>
        <translation>L&apos;indirizzo email è troppo lungo (1 carattere di troppo).</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>You can only set up to {cap} billing contacts per account. The current billing contacts are: {names}.</source>
        <translation>Puoi impostare al massimo {cap} contatti di fatturazione per account. Gli attuali contatti di fatturazione sono: {names}.</translation>
    </message>
    <message>
        <source>{person} is already a {role}.</source>
        <translation>{person} è già {role}.</translation>
    </message>
    <message>
        <source>Another user of this account already has the address {email}.</source>
        <translation>Un altro utente di questo account ha già l&apos;indirizzo {email}.</translation>
    </message>
    <message>
        <source>Please enter an email address.</source>
        <translation>Inserisci un indirizzo email.</translation>
    </message>
    <message>
        <source>“{address}” is not a valid email address: {reason}</source>
        <translation>“{address}” non è un indirizzo email valido: {reason}</translation>
    </message>
    <message>
        <source>{person} can&apos;t be deactivated while they are: {roles}. Give these roles to someone else first.</source>
        <translation>Non è possibile disattivare {person} finché ricopre questi ruoli: {roles}. Assegna prima questi ruoli a qualcun altro.</translation>
    </message>
    <message>
        <source>{person} can&apos;t be removed while they are: {roles}. Give these roles to someone else first.</source>
        <translation>Non è possibile rimuovere {person} finché ricopre questi ruoli: {roles}. Assegna prima questi ruoli a qualcun altro.</translation>
    </message>
    <message>
        <source>{person} is deactivated and can&apos;t be given a role. Reactivate them first.</source>
        <translation>L&apos;utente {person} è disattivato e non può ricevere un ruolo. Riattivalo prima.</translation>
    </message>
    <message>
        <source>The account primary contact can be changed to another user, but not removed.</source>
        <translation>Il contatto principale dell&apos;account può essere cambiato con un altro utente, ma non rimosso.</translation>
    </message>
    <message>
        <source>{email} is not a user of this account. Only the security contact may be an outside address.</source>
        <translation>{email} non è un utente di questo account. Solo il contatto per la sicurezza può essere un indirizzo esterno.</translation>
    </message>
    <message>
        <source>There is no account called “{key}”.</source>
        <translation>Non esiste un account chiamato “{key}”.</translation>
    </message>
    <message>
        <source>There is no user {key} in this account.</source>
        <translation>In questo account non c&apos;è l&apos;utente {key}.</translation>
    </message>
    <message>
        <source>An account called “{name}” already exists.</source>
        <translation>Esiste già un account chiamato “{name}”.</translation>
    </message>
    <message>
        <source>Someone else changed the account “{account}” meanwhile, so nothing was saved.</source>
        <translation>Nel frattempo qualcun altro ha modificato l&apos;account “{account}”: non è stato salvato nulla.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Esterno</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>{account}: {roles}</source>
        <translation>{account}: {roles}</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to Contact Manager</source>
        <translation>Benvenuto in Contact Manager</translation>
    </message>
    <message>
        <source>Name the company account, then type in its first users: the people you will choose as its primary, billing and other contacts. You can add more later.</source>
        <translation>Dai un nome all&apos;account aziendale, poi inserisci i primi utenti: le persone che sceglierai come contatto principale, contatti di fatturazione e altri contatti. Potrai aggiungerne altri in seguito.</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>&amp;Nome dell&apos;account:</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nome dell&apos;account</translation>
    </message>
    <message>
        <source>e.g. Rossi Costruzioni S.p.A.</source>
        <translation>es. Rossi Costruzioni S.p.A.</translation>
    </message>
    <message>
        <source>First &amp;users:</source>
        <translation>Primi &amp;utenti:</translation>
    </message>
    <message>
        <source>First users</source>
        <translation>Primi utenti</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Add &amp;row</source>
        <translation>Aggiungi &amp;riga</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>&amp;Crea account</translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation>Riga {row}: {reason}</translation>
    </message>
    <message>
        <source>Row {row}: {email} is typed twice.</source>
        <translation>Riga {row}: {email} è scritto due volte.</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>{person} is deactivated but is still the {role}.</source>
        <translation>L&apos;utente {person} è disattivato ma è ancora {role}.</translation>
    </message>
    <message>
        <source>{person} holds {count} of the {total} roles: if they leave, nobody receives those notices.</source>
        <translation>{person} ricopre {count} dei {total} ruoli: se lascia l&apos;azienda, nessuno riceverà quelle notifiche.</translation>
    </message>
    <message>
        <source>No account primary contact is set.</source>
        <translation>Non è impostato alcun contatto principale dell&apos;account.</translation>
    </message>
    <message>
        <source>No billing contact is set: invoices go to the primary contact only.</source>
        <translation>Non è impostato alcun contatto di fatturazione: le fatture vanno solo al contatto principale.</translation>
    </message>
    <message>
        <source>No security contact is set.</source>
        <translation>Non è impostato alcun contatto per la sicurezza.</translation>
    </message>
    <message>
        <source>The contacts have never been reviewed.</source>
        <translation>I contatti non sono mai stati verificati.</translation>
    </message>
    <message>
        <source>The contacts were last reviewed {days} days ago.</source>
        <translation>I contatti sono stati verificati l&apos;ultima volta {days} giorni fa.</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <source>Choose a primary contact</source>
        <translation>Scegli un contatto principale</translation>
    </message>
    <message>
        <source>Add a billing contact</source>
        <translation>Aggiungi un contatto di fatturazione</translation>
    </message>
    <message>
        <source>Choose someone else</source>
        <translation>Scegli un&apos;altra persona</translation>
    </message>
    <message>
        <source>Share out the roles</source>
        <translation>Distribuisci i ruoli</translation>
    </message>
    <message>
        <source>Choose a security contact</source>
        <translation>Scegli un contatto per la sicurezza</translation>
    </message>
    <message>
        <source>All checks passed: every role is filled by an active user and the review is up to date.</source>
        <translation>Tutti i controlli sono superati: ogni ruolo è ricoperto da un utente attivo e la verifica è aggiornata.</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>Controlli</translation>
    </message>
    <message>
        <source>What to fix in the points of contact, each with a fix button</source>
        <translation>Cosa correggere nei referenti, ciascuno con un pulsante per correggerlo</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Account created</source>
        <translation>Account creato</translation>
    </message>
    <message>
        <source>Account renamed</source>
        <translation>Account rinominato</translation>
    </message>
    <message>
        <source>Company information changed</source>
        <translation>Informazioni sull&apos;azienda modificate</translation>
    </message>
    <message>
        <source>Contacts marked as reviewed</source>
        <translation>Contatti segnati come verificati</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Utente aggiunto</translation>
    </message>
    <message>
        <source>User edited</source>
        <translation>Utente modificato</translation>
    </message>
    <message>
        <source>User deactivated</source>
        <translation>Utente disattivato</translation>
    </message>
    <message>
        <source>User reactivated</source>
        <translation>Utente riattivato</translation>
    </message>
    <message>
        <source>User removed</source>
        <translation>Utente rimosso</translation>
    </message>
    <message>
        <source>Contact set</source>
        <translation>Contatto impostato</translation>
    </message>
    <message>
        <source>Contact cleared</source>
        <translation>Contatto rimosso</translation>
    </message>
    <message>
        <source>Billing contact added</source>
        <translation>Contatto di fatturazione aggiunto</translation>
    </message>
    <message>
        <source>Billing contact removed</source>
        <translation>Contatto di fatturazione rimosso</translation>
    </message>
    <message>
        <source>Billing contact replaced</source>
        <translation>Contatto di fatturazione sostituito</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Riguarda</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Valore precedente</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nuovo valore</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Ora (UTC)</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>No change of the role “{role}” matches “{text}”.</source>
        <translation>Nessuna modifica del ruolo “{role}” corrisponde a “{text}”.</translation>
    </message>
    <message>
        <source>No change matches “{text}”.</source>
        <translation>Nessuna modifica corrisponde a “{text}”.</translation>
    </message>
    <message>
        <source>The role “{role}” has no change yet.</source>
        <translation>Il ruolo “{role}” non ha ancora modifiche.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Ruolo:</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Tutti i ruoli</translation>
    </message>
    <message>
        <source>Show the changes of this role</source>
        <translation>Mostra le modifiche di questo ruolo</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Ruoli</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>Name or email</source>
        <translation>Nome o email</translation>
    </message>
    <message>
        <source>Show the changes about this person</source>
        <translation>Mostra le modifiche che riguardano questa persona</translation>
    </message>
    <message>
        <source>Clear the person filter</source>
        <translation>Cancella il filtro per persona</translation>
    </message>
    <message>
        <source>E&amp;xport CSV...</source>
        <translation>E&amp;sporta CSV...</translation>
    </message>
    <message>
        <source>Export the changes shown as CSV</source>
        <translation>Esporta in CSV le modifiche mostrate</translation>
    </message>
    <message>
        <source>Changes of the account, newest first</source>
        <translation>Modifiche dell&apos;account, dalla più recente</translation>
    </message>
    <message>
        <source>history.csv</source>
        <translation>cronologia.csv</translation>
    </message>
    <message>
        <source>{account} history.csv</source>
        <translation>{account} cronologia.csv</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Esporta la cronologia</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>File CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>The history could not be written to {path}: {reason}</source>
        <translation>Impossibile scrivere la cronologia in {path}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n change(s) to {path}.</source>
        <translation>
            <numerusform>Esportata %n modifica in {path}.</numerusform>
            <numerusform>Esportate %n modifiche in {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Qualifica</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>“{name}” can&apos;t be imported: {problem}</source>
        <translation>Impossibile importare “{name}”: {problem}</translation>
    </message>
    <message>
        <source>Column {n}</source>
        <translation>Colonna {n}</translation>
    </message>
    <message>
        <source>it is not a text (CSV) file.</source>
        <translation>non è un file di testo (CSV).</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>il file è vuoto.</translation>
    </message>
    <message>
        <source>line {line} can&apos;t be read ({error}).</source>
        <translation>impossibile leggere la riga {line} ({error}).</translation>
    </message>
    <message>
        <source>Choose the column that holds the email address.</source>
        <translation>Scegli la colonna che contiene l&apos;indirizzo email.</translation>
    </message>
    <message>
        <source>Choose the column of the first name or of the last name.</source>
        <translation>Scegli la colonna del nome o del cognome.</translation>
    </message>
    <message>
        <source>Each column can be used for one field only.</source>
        <translation>Ogni colonna può essere usata per un solo campo.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <source>Already present</source>
        <translation>Già presente</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rifiutato</translation>
    </message>
    <message>
        <source>A user with this email already exists.</source>
        <translation>Esiste già un utente con questo indirizzo email.</translation>
    </message>
    <message>
        <source>{email} is already on line {line} of this file.</source>
        <translation>{email} è già alla riga {line} di questo file.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>it is not a JSON file.</source>
        <translation>non è un file JSON.</translation>
    </message>
    <message>
        <source>Imported {count} users from {file}</source>
        <translation>Importati {count} utenti da {file}</translation>
    </message>
    <message>
        <source>it is not an account exported by Contact Manager.</source>
        <translation>non è un account esportato da Contact Manager.</translation>
    </message>
    <message>
        <source>it was written by a newer version of Contact Manager.</source>
        <translation>è stato scritto da una versione più recente di Contact Manager.</translation>
    </message>
    <message>
        <source>the file is incomplete.</source>
        <translation>il file è incompleto.</translation>
    </message>
    <message>
        <source>the review date is not a date.</source>
        <translation>la data di verifica non è una data.</translation>
    </message>
    <message>
        <source>a contact in the file names no known role.</source>
        <translation>un contatto nel file indica un ruolo sconosciuto.</translation>
    </message>
    <message>
        <source>the column titles are not recognised; choose which column is which.</source>
        <translation>i titoli delle colonne non sono riconosciuti; indica quale colonna contiene cosa.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import users</source>
        <translation>Importa utenti</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>File CSV (*.csv *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Save refused rows</source>
        <translation>Salva righe rifiutate</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Scegli file…</translation>
    </message>
    <message>
        <source>Change columns…</source>
        <translation>Cambia colonne…</translation>
    </message>
    <message>
        <source>Save refused rows…</source>
        <translation>Salva righe rifiutate…</translation>
    </message>
    <message>
        <source>Write the refused rows, with the reason, to a CSV file you can fix and import again.</source>
        <translation>Scrivi le righe rifiutate, con il motivo, in un file CSV da correggere e importare di nuovo.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Nessun file scelto.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Import 1 user</source>
        <translation>Importa 1 utente</translation>
    </message>
    <message>
        <source>Import %1 users</source>
        <translation>Importa %1 utenti</translation>
    </message>
    <message>
        <source>The column titles of this file were not recognised.</source>
        <translation>I titoli delle colonne di questo file non sono stati riconosciuti.</translation>
    </message>
    <message>
        <source>Can&apos;t write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Saved 1 refused row to %2.</source>
        <translation>Salvata 1 riga rifiutata in %2.</translation>
    </message>
    <message>
        <source>Saved %1 refused rows to %2.</source>
        <translation>Righe rifiutate salvate in %2: %1.</translation>
    </message>
    <message>
        <source>Importing users</source>
        <translation>Importazione utenti</translation>
    </message>
    <message>
        <source>Importing %1 users…</source>
        <translation>Importazione di %1 utenti…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importazione…</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Controllo del file</translation>
    </message>
    <message>
        <source>Checking %1 rows…</source>
        <translation>Controllo di %1 righe…</translation>
    </message>
    <message>
        <source>Cancelling: nothing will be imported…</source>
        <translation>Annullamento: non verrà importato nulla…</translation>
    </message>
    <message>
        <source>Imported 1 user.</source>
        <translation>Importato 1 utente.</translation>
    </message>
    <message>
        <source>Imported %1 users.</source>
        <translation>Utenti importati: %1.</translation>
    </message>
    <message>
        <source>1 row was refused: save it to fix it and import it again.</source>
        <translation>1 riga è stata rifiutata: salvala per correggerla e importarla di nuovo.</translation>
    </message>
    <message>
        <source>%1 rows were refused: save them to fix them and import them again.</source>
        <translation>Righe rifiutate: %1. Salvale per correggerle e importarle di nuovo.</translation>
    </message>
    <message>
        <source>Checking cancelled. Choose another file, or show the preview again.</source>
        <translation>Controllo annullato. Scegli un altro file, oppure mostra di nuovo l&apos;anteprima.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Importazione annullata: non è stato importato nulla.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Non è stato importato nulla: %1</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>Choose the language of the application</source>
        <translation>Scegli la lingua dell&apos;applicazione</translation>
    </message>
    <message>
        <source>Show the application in {language}</source>
        <translation>Mostra l&apos;applicazione in {language}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Account and billing</source>
        <translation>Account e fatturazione</translation>
    </message>
    <message>
        <source>Company information</source>
        <translation>Informazioni sull&apos;azienda</translation>
    </message>
    <message>
        <source>Opening {database}...</source>
        <translation>Apertura di {database}...</translation>
    </message>
    <message>
        <source>Switch account</source>
        <translation>Cambia account</translation>
    </message>
    <message>
        <source>New account...</source>
        <translation>Nuovo account...</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New account...</source>
        <translation>&amp;Nuovo account...</translation>
    </message>
    <message>
        <source>S&amp;witch account</source>
        <translation>Pa&amp;ssa a un altro account</translation>
    </message>
    <message>
        <source>&amp;Open database...</source>
        <translation>&amp;Apri database...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About Contact Manager</source>
        <translation>&amp;Informazioni su Contact Manager</translation>
    </message>
    <message>
        <source>Account tabs</source>
        <translation>Schede dell&apos;account</translation>
    </message>
    <message>
        <source>The current account: open it, switch to another, or create one</source>
        <translation>L&apos;account corrente: aprilo, passa a un altro o creane uno</translation>
    </message>
    <message>
        <source>Contact Manager</source>
        <translation>Contact Manager</translation>
    </message>
    <message>
        <source>Contact Manager — {account}</source>
        <translation>Contact Manager — {account}</translation>
    </message>
    <message>
        <source>Account: {name}</source>
        <translation>Account: {name}</translation>
    </message>
    <message>
        <source>{change} — saved at {time}</source>
        <translation>{change} — salvato alle {time}</translation>
    </message>
    <message>
        <source>Updated with changes made elsewhere.</source>
        <translation>Aggiornato con le modifiche fatte altrove.</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>Account name</source>
        <translation>Nome dell&apos;account</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Invoices</source>
        <translation>Fatture</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Ricevute</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <source>Renewal notices</source>
        <translation>Notifiche di rinnovo</translation>
    </message>
    <message>
        <source>Upgrades</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <source>Security notices</source>
        <translation>Notifiche di sicurezza</translation>
    </message>
    <message>
        <source>Onboarding notices</source>
        <translation>Notifiche di onboarding</translation>
    </message>
    <message>
        <source>Technical notices</source>
        <translation>Notifiche tecniche</translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <source>Who is this person?</source>
        <translation>Chi è questa persona?</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>Email address to look up</source>
        <translation>Indirizzo email da cercare</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Cerca</translation>
    </message>
    <message>
        <source>Look up the address</source>
        <translation>Cerca l&apos;indirizzo</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Ruoli</translation>
    </message>
    <message>
        <source>As</source>
        <translation>Come</translation>
    </message>
    <message>
        <source>Roles held in every account</source>
        <translation>Ruoli ricoperti in tutti gli account</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Outside address</source>
        <translation>Indirizzo esterno</translation>
    </message>
    <message>
        <source>Active user</source>
        <translation>Utente attivo</translation>
    </message>
    <message>
        <source>Deactivated user</source>
        <translation>Utente disattivato</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Nessun ruolo</translation>
    </message>
    <message>
        <source>Type an email address and press Look up.</source>
        <translation>Scrivi un indirizzo email e premi Cerca.</translation>
    </message>
    <message>
        <source>No account of this database knows this address.</source>
        <translation>Nessun account di questo database conosce questo indirizzo.</translation>
    </message>
    <message>
        <source>{person}: {roles} in {accounts}.</source>
        <translation>{person}: {roles} in {accounts}.</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n ruolo</numerusform>
            <numerusform>%n ruoli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n account</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Rows of the file and what the import will do with each</source>
        <translation>Le righe del file e cosa farà l&apos;importazione con ciascuna</translation>
    </message>
    <message>
        <source>Show only refused rows</source>
        <translation>Mostra solo le righe rifiutate</translation>
    </message>
    <message>
        <source>%1 new, %2 already present (skipped), %3 refused.</source>
        <translation>Nuovi: %1, già presenti (saltati): %2, rifiutati: %3.</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Remove {person}</source>
        <translation>Rimuovi {person}</translation>
    </message>
    <message>
        <source>Deactivate {person}</source>
        <translation>Disattiva {person}</translation>
    </message>
    <message>
        <source>Roles held</source>
        <translation>Ruoli ricoperti</translation>
    </message>
    <message>
        <source>There is no other active user to take over. Add or reactivate a user first.</source>
        <translation>Non c&apos;è un altro utente attivo che possa subentrare. Aggiungi o riattiva prima un utente.</translation>
    </message>
    <message>
        <source>Choose who takes over each role. Nothing is saved until you press {button}.</source>
        <translation>Scegli chi subentra in ogni ruolo. Non viene salvato nulla finché non premi {button}.</translation>
    </message>
    <message>
        <source>New {role}</source>
        <translation>Nuovo {role}</translation>
    </message>
    <message>
        <source>Select a user</source>
        <translation>Seleziona un utente</translation>
    </message>
    <message>
        <source>Nobody (leave the role empty)</source>
        <translation>Nessuno (lascia il ruolo vuoto)</translation>
    </message>
    <message>
        <source>Select a user or type an outside address</source>
        <translation>Seleziona un utente o scrivi un indirizzo esterno</translation>
    </message>
    <message>
        <source>The security contact may also be an address outside the account.</source>
        <translation>Il contatto per la sicurezza può anche essere un indirizzo esterno all&apos;account.</translation>
    </message>
    <message>
        <source>Why nothing was saved</source>
        <translation>Perché non è stato salvato nulla</translation>
    </message>
    <message>
        <source>&amp;Reassign...</source>
        <translation>&amp;Riassegna...</translation>
    </message>
    <message>
        <source>Reassign the roles</source>
        <translation>Riassegna i ruoli</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Reassign and &amp;remove</source>
        <translation>Riassegna e &amp;rimuovi</translation>
    </message>
    <message>
        <source>Reassign and &amp;deactivate</source>
        <translation>Riassegna e &amp;disattiva</translation>
    </message>
    <message>
        <source>Removed {person}.</source>
        <translation>Utente rimosso: {person}.</translation>
    </message>
    <message>
        <source>Deactivated {person}.</source>
        <translation>Utente disattivato: {person}.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Account primary contact</source>
        <translation>Contatto principale dell&apos;account</translation>
    </message>
    <message>
        <source>Billing contact</source>
        <translation>Contatto di fatturazione</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Decision maker</translation>
    </message>
    <message>
        <source>Onboarding contact</source>
        <translation>Contatto per l&apos;onboarding</translation>
    </message>
    <message>
        <source>Security contact</source>
        <translation>Contatto per la sicurezza</translation>
    </message>
    <message>
        <source>Technical admin</source>
        <translation>Amministratore tecnico</translation>
    </message>
</context>
<context>
    <name>RoutingModel</name>
    <message>
        <source>(outside address)</source>
        <translation>(indirizzo esterno)</translation>
    </message>
    <message>
        <source>(deactivated)</source>
        <translation>(disattivato)</translation>
    </message>
    <message>
        <source>(primary contact, as fallback)</source>
        <translation>(contatto principale, in mancanza d&apos;altri)</translation>
    </message>
    <message>
        <source>Nobody: no primary contact is set</source>
        <translation>Nessuno: non è impostato un contatto principale</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notifica</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatari</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The database is busy in another program. Try again in a moment.</source>
        <translation>Il database è in uso da un altro programma. Riprova tra un momento.</translation>
    </message>
    <message>
        <source>The database {path} can only be read: nothing was saved.</source>
        <translation>Il database {path} è di sola lettura: non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>Il disco è pieno: non è stato salvato nulla. Libera un po&apos; di spazio e riprova.</translation>
    </message>
    <message>
        <source>{path} is not a Contact Manager database, or it is damaged.</source>
        <translation>{path} non è un database di Contact Manager, oppure è danneggiato.</translation>
    </message>
    <message>
        <source>The database {path} can&apos;t be opened: {detail}</source>
        <translation>Impossibile aprire il database {path}: {detail}</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Contact Manager. Install the newer version to open it; the file has not been changed.</source>
        <translation>{path} è stato scritto da una versione più recente di Contact Manager. Installa la versione più recente per aprirlo; il file non è stato modificato.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>The last change can&apos;t be undone.</source>
        <translation>L&apos;ultima modifica non si può annullare.</translation>
    </message>
    <message>
        <source>&amp;Undo {change}</source>
        <translation>&amp;Annulla {change}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Niente da annullare</translation>
    </message>
    <message>
        <source>&amp;Redo {change}</source>
        <translation>&amp;Ripristina {change}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripristina</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Niente da ripristinare</translation>
    </message>
    <message>
        <source>Redone: {change}</source>
        <translation>Ripristinato: {change}</translation>
    </message>
    <message>
        <source>Undone: {change}</source>
        <translation>Annullato: {change}</translation>
    </message>
    <message>
        <source>Removing {person} can&apos;t be undone: add them again to bring them back.</source>
        <translation>La rimozione di {person} non si può annullare: per riaverlo, aggiungilo di nuovo.</translation>
    </message>
    <message>
        <source>change of {field}</source>
        <translation>modifica di {field}</translation>
    </message>
    <message>
        <source>{role}: {person}</source>
        <translation>{role}: {person}</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Setting the first primary contact can&apos;t be undone: an account always keeps one.</source>
        <translation>La scelta del primo contatto principale non si può annullare: un account ne ha sempre uno.</translation>
    </message>
    <message>
        <source>billing contact {number}: {person}</source>
        <translation>contatto di fatturazione {number}: {person}</translation>
    </message>
    <message>
        <source>billing contact added: {person}</source>
        <translation>contatto di fatturazione aggiunto: {person}</translation>
    </message>
    <message>
        <source>billing contact removed: {person}</source>
        <translation>contatto di fatturazione rimosso: {person}</translation>
    </message>
    <message>
        <source>An import can&apos;t be undone: deactivate or remove the users it added.</source>
        <translation>Un&apos;importazione non si può annullare: disattiva o rimuovi gli utenti che ha aggiunto.</translation>
    </message>
    <message>
        <source>deactivation of {person}</source>
        <translation>disattivazione di {person}</translation>
    </message>
    <message>
        <source>addition of {person}</source>
        <translation>aggiunta di {person}</translation>
    </message>
    <message>
        <source>changes to {person}</source>
        <translation>modifiche a {person}</translation>
    </message>
    <message>
        <source>reactivation of {person}</source>
        <translation>riattivazione di {person}</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Edit user</source>
        <translation>Modifica utente</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Aggiungi utente</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Cognome:</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Indirizzo email</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Qualifica:</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Qualifica</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefono:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nome@esempio.it</translation>
    </message>
    <message>
        <source>Email address check</source>
        <translation>Verifica dell&apos;indirizzo email</translation>
    </message>
    <message>
        <source>Why the user was not saved</source>
        <translation>Perché l&apos;utente non è stato salvato</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Will be saved as {address}.</source>
        <translation>Verrà salvato come {address}.</translation>
    </message>
    <message>
        <source>Added {person}.</source>
        <translation>Utente aggiunto: {person}.</translation>
    </message>
    <message>
        <source>Saved {person}.</source>
        <translation>Utente salvato: {person}.</translation>
    </message>
</context>
<context>
    <name>UserModel</name>
    <message>
        <source>(deactivated)</source>
        <translation>(disattivato)</translation>
    </message>
    <message>
        <source>This user is deactivated: choose an active user for this role.</source>
        <translation>Questo utente è disattivato: scegli un utente attivo per questo ruolo.</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>Enter the person&apos;s first or last name.</source>
        <translation>Inserisci il nome o il cognome della persona.</translation>
    </message>
    <message>
        <source>A name can be at most 100 characters long.</source>
        <translation>Un nome può contenere al massimo 100 caratteri.</translation>
    </message>
    <message>
        <source>This field can be at most {count} characters long.</source>
        <translation>Questo campo può contenere al massimo {count} caratteri.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Disattivato</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Qualifica</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Ruoli</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Users</source>
        <translation>Utenti</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Cerca:</translation>
    </message>
    <message>
        <source>Name, email or job title</source>
        <translation>Nome, email o qualifica</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Cerca utenti</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Cancella la ricerca</translation>
    </message>
    <message>
        <source>Users of the account</source>
        <translation>Utenti dell&apos;account</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>A&amp;ggiungi...</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Aggiungi un utente</translation>
    </message>
    <message>
        <source>Edit the selected user</source>
        <translation>Modifica l&apos;utente selezionato</translation>
    </message>
    <message>
        <source>Ed&amp;it...</source>
        <translation>Mod&amp;ifica...</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Disattiva</translation>
    </message>
    <message>
        <source>Deactivate the selected user</source>
        <translation>Disattiva l&apos;utente selezionato</translation>
    </message>
    <message>
        <source>Rea&amp;ctivate</source>
        <translation>Ria&amp;ttiva</translation>
    </message>
    <message>
        <source>Reactivate the selected user</source>
        <translation>Riattiva l&apos;utente selezionato</translation>
    </message>
    <message>
        <source>&amp;Remove...</source>
        <translation>&amp;Rimuovi...</translation>
    </message>
    <message>
        <source>Remove the selected user</source>
        <translation>Rimuovi l&apos;utente selezionato</translation>
    </message>
    <message>
        <source>&amp;Who is this person?</source>
        <translation>C&amp;hi è questa persona?</translation>
    </message>
    <message>
        <source>Every role this person holds, in every account</source>
        <translation>Tutti i ruoli di questa persona, in tutti gli account</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n utente</numerusform>
            <numerusform>%n utenti</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} users</source>
        <translation>{shown} di {total} utenti</translation>
    </message>
    <message>
        <source>Reactivated {person}.</source>
        <translation>Utente riattivato: {person}.</translation>
    </message>
    <message>
        <source>Deactivated {person}.</source>
        <translation>Utente disattivato: {person}.</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Rimuovi utente</translation>
    </message>
    <message>
        <source>Remove {person} from the account? This can&apos;t be undone; deactivating can.</source>
        <translation>Rimuovere {person} dall&apos;account? Non si può annullare; la disattivazione invece sì.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Removed {person}.</source>
        <translation>Utente rimosso: {person}.</translation>
    </message>
</context>
</TS>
