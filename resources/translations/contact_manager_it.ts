<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en_US">
<context>
    <name>AccountActions</name>
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
</context>
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
        <source>Open the Company information tab to change the contacts</source>
        <translation>Apri la scheda Informazioni sull&apos;azienda per cambiare i contatti</translation>
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
        <source>Edit points of &amp;contact…</source>
        <translation>Modifica i &amp;referenti…</translation>
    </message>
    <message>
        <source>Mark as &amp;reviewed</source>
        <translation>Segna come verifica&amp;ti</translation>
    </message>
    <message>
        <source>{address} (external address)</source>
        <translation>{address} (indirizzo esterno)</translation>
    </message>
    <message>
        <source>Set the points of contact first: there is nothing to review yet</source>
        <translation>Imposta prima i referenti: non c&apos;è ancora nulla da verificare</translation>
    </message>
</context>
<context>
    <name>AccountChooser</name>
    <message>
        <source>Find an account</source>
        <translation>Cerca un account</translation>
    </message>
    <message>
        <source>Find an account by its name</source>
        <translation>Cerca un account per nome</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>The account shown now</source>
        <translation>L&apos;account mostrato ora</translation>
    </message>
</context>
<context>
    <name>AdminActions</name>
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
        <source>&amp;Import account...</source>
        <translation>&amp;Importa account...</translation>
    </message>
    <message>
        <source>Create an account from an exported JSON file</source>
        <translation>Crea un account da un file JSON esportato</translation>
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
        <source>Export account</source>
        <translation>Esporta account</translation>
    </message>
    <message>
        <source>Exported {name} to {path}.</source>
        <translation>{name} esportato in {path}.</translation>
    </message>
    <message>
        <source>Add users from a CSV, Excel or vCard file</source>
        <translation>Aggiungi utenti da un file CSV, Excel o vCard</translation>
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
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argomenti posizionali</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opzioni</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>sottocomandi</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostra questo aiuto ed esci</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>mostra la versione del programma ed esci</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: errore: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argomento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>mancano questi argomenti obbligatori: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>serve uno di questi argomenti: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argomenti non riconosciuti: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>scelta non valida: %(value)r (scegli tra %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valore non valido (%(type)s): %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opzione ambigua: %(option)s può essere %(matches)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>serve un valore</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>è ammesso al massimo un valore</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>serve almeno un valore</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>serve %s valore</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>servono %s valori</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>non si può usare insieme a %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>valore %r ignorato: questa opzione non ne prende</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>opzione inattesa: %s</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>impossibile aprire &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>comando sconosciuto %(parser_name)r (scegli tra: %(choices)s)</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
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
        <source>A copy of the current data is saved before the backup replaces it.</source>
        <translation>Prima che il backup sostituisca i dati attuali, ne viene salvata una copia.</translation>
    </message>
    <message>
        <source>Replace all the data with this backup?</source>
        <translation>Sostituire tutti i dati con questo backup?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
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
        <source>Restored the backup {path}. The data from before was saved to {saved}.</source>
        <translation>Backup {path} ripristinato. I dati precedenti sono stati salvati in {saved}.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>{path} is the database in use, not a backup: choose a backup file to restore.</source>
        <translation>{path} è il database in uso, non un backup: scegli un file di backup da ripristinare.</translation>
    </message>
    <message>
        <source>{label} is an office database on a server: it is not replaced by a backup file. Bring an account back with File &gt; Import account... from a JSON export of its backups, or ask whoever runs the server to restore it with the server&apos;s own tools.</source>
        <translation>{label} è un database dell&apos;ufficio su un server: non viene sostituito da un file di backup. Per riavere un account usa File &gt; Importa account... con un&apos;esportazione JSON dei suoi backup, oppure chiedi a chi gestisce il server di ripristinarlo con gli strumenti del server.</translation>
    </message>
    <message>
        <source>there is no such file.</source>
        <translation>il file non esiste.</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>giornaliero</translation>
    </message>
    <message>
        <source>before upgrade</source>
        <translation>prima dell&apos;aggiornamento</translation>
    </message>
    <message>
        <source>before delete</source>
        <translation>prima dell&apos;eliminazione</translation>
    </message>
    <message>
        <source>before restore</source>
        <translation>prima del ripristino</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>manuale</translation>
    </message>
</context>
<context>
    <name>ChangeWatcher</name>
    <message>
        <source>Connected to the office database again.</source>
        <translation>Di nuovo connessi al database dell&apos;ufficio.</translation>
    </message>
    <message>
        <source>The connection to the office database was lost. Trying to connect again...</source>
        <translation>La connessione al database dell&apos;ufficio si è interrotta. Nuovo tentativo di connessione in corso...</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>there is no such file.</source>
        <translation>il file non esiste.</translation>
    </message>
    <message>
        <source>The file is empty: it holds no database yet.</source>
        <translation>Il file è vuoto: non contiene ancora un database.</translation>
    </message>
    <message>
        <source>SQLite finds the file damaged: {detail}</source>
        <translation>SQLite trova il file danneggiato: {detail}</translation>
    </message>
    <message>
        <source>Row {row} of {table} refers to a row of {parent} that does not exist.</source>
        <translation>La riga {row} di {table} rimanda a una riga di {parent} che non esiste.</translation>
    </message>
    <message>
        <source>The table {table} can&apos;t be read to the end: {detail}</source>
        <translation>Non è possibile leggere la tabella {table} fino in fondo: {detail}</translation>
    </message>
    <message>
        <source>Row {row} of {table}: {column} is not valid text (not UTF-8).</source>
        <translation>Riga {row} di {table}: {column} non è un testo valido (non è UTF-8).</translation>
    </message>
    <message>
        <source>Row {row} of {table}: {column} is not a date: {value}</source>
        <translation>Riga {row} di {table}: {column} non è una data: {value}</translation>
    </message>
    <message>
        <source>Row {row} of {table}: {column} holds a value this app does not know: {value}</source>
        <translation>Riga {row} di {table}: {column} contiene un valore che questa app non conosce: {value}</translation>
    </message>
    <message>
        <source>Row {row} of {table}: {column} is empty.</source>
        <translation>Riga {row} di {table}: {column} è vuoto.</translation>
    </message>
    <message>
        <source>The account {account} has {count} billing contacts; at most {cap} are allowed.</source>
        <translation>L&apos;account {account} ha {count} contatti di fatturazione; ne sono consentiti al massimo {cap}.</translation>
    </message>
    <message>
        <source>Row {row} of role_assignment: the slot {value} is not a whole number.</source>
        <translation>Riga {row} di role_assignment: la posizione {value} non è un numero intero.</translation>
    </message>
    <message>
        <source>In the account {account}, {email} is deactivated but still holds a role ({role}).</source>
        <translation>Nell&apos;account {account}, {email} è disattivato ma ha ancora un ruolo ({role}).</translation>
    </message>
    <message>
        <source>The rules can&apos;t be checked: {detail}</source>
        <translation>Non è possibile verificare le regole: {detail}</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check database</source>
        <translation>Controlla il database</translation>
    </message>
    <message>
        <source>Only a database file can be checked, not a server.</source>
        <translation>Si può controllare solo un file di database, non un server.</translation>
    </message>
    <message>
        <source>No problems found in {path}.</source>
        <translation>Nessun problema trovato in {path}.</translation>
    </message>
    <message>
        <source>Problems found in {path}: {count}.</source>
        <translation>Problemi trovati in {path}: {count}.</translation>
    </message>
    <message>
        <source>...and {count} more: run contact-manager-cli check to see them all.</source>
        <translation>...e altri {count}: eseguire contact-manager-cli check per vederli tutti.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Keep the points of contact of company accounts: primary, billing and other contacts.</source>
        <translation>Gestisci i referenti degli account aziendali: contatto principale, contatti di fatturazione e altri contatti.</translation>
    </message>
    <message>
        <source>create the database if needed, and an account in it (--account NAME)</source>
        <translation>crea il database se serve, e un account al suo interno (--account NOME)</translation>
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
        <source>print every row&apos;s verdict; import nothing</source>
        <translation>stampa l&apos;esito di ogni riga; non importa nulla</translation>
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
        <source>The file has no column {column}.</source>
        <translation>Il file non ha la colonna {column}.</translation>
    </message>
    <message>
        <source>line {line}: {verdict}: {who}</source>
        <translation>riga {line}: {verdict}: {who}</translation>
    </message>
    <message>
        <source>line {line}: {verdict}</source>
        <translation>riga {line}: {verdict}</translation>
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
    <message>
        <source>{path} is an empty file, not a database. Create it with: {init}</source>
        <translation>{path} è un file vuoto, non un database. Crearlo con: {init}</translation>
    </message>
    <message>
        <source>check the database without changing it (damage, schema, every row); exit 1 if anything is wrong</source>
        <translation>controlla il database senza modificarlo (danni, schema, ogni riga); esce con 1 se qualcosa non va</translation>
    </message>
    <message>
        <source>Only a database file can be checked, not a server.</source>
        <translation>Si può controllare solo un file di database, non un server.</translation>
    </message>
    <message>
        <source>{path}: no problems found.</source>
        <translation>{path}: nessun problema trovato.</translation>
    </message>
    <message>
        <source>{path}: problems found: {count}.</source>
        <translation>{path}: problemi trovati: {count}.</translation>
    </message>
    <message>
        <source>the backups of the database</source>
        <translation>i backup del database</translation>
    </message>
    <message>
        <source>list the backups of the database, newest first: when, what kind, which file</source>
        <translation>elenca i backup del database, dal più recente: quando, di che tipo, in quale file</translation>
    </message>
    <message>
        <source>Backups are made of database files only, not of {target}.</source>
        <translation>Si fanno backup solo dei file di database, non di {target}.</translation>
    </message>
    <message>
        <source>There are no backups of {path} yet.</source>
        <translation>Non ci sono ancora backup di {path}.</translation>
    </message>
    <message>
        <source>Exit status: 0 done; 1 refused, nothing changed (the reason on one line of stderr; for users import also: every row refused); 2 wrong usage; 3 done in part: users import imported the accepted rows and refused the others (listed on stdout, counted on stderr).</source>
        <translation>Codice di uscita: 0 fatto; 1 rifiutato, nulla è cambiato (il motivo su una riga di stderr; per users import anche: ogni riga rifiutata); 2 uso errato; 3 fatto in parte: users import ha importato le righe accettate e rifiutato le altre (elencate su stdout, contate su stderr).</translation>
    </message>
    <message>
        <source>“{value}” is not UTF-8 text: the terminal sent bytes in another encoding.</source>
        <translation>“{value}” non è testo UTF-8: il terminale ha inviato byte in un&apos;altra codifica.</translation>
    </message>
    <message>
        <source>the accounts in the database (alone: list them)</source>
        <translation>gli account del database (da solo: li elenca)</translation>
    </message>
    <message>
        <source>which column holds each field, e.g. --columns first=Nome,last=Cognome,email=Email: FIELD is first, last, email, title or phone; COLUMN a header or a number (1 = first column); the columns not named are left out. Needed when the headers are not all recognised</source>
        <translation>quale colonna contiene ogni campo, ad es. --columns first=Nome,last=Cognome,email=Email: CAMPO è first, last, email, title o phone; COLONNA un&apos;intestazione o un numero (1 = prima colonna); le colonne non indicate vengono tralasciate. Serve quando le intestazioni non sono tutte riconosciute</translation>
    </message>
    <message>
        <source>one FIELD=COLUMN of --columns (for a header holding a comma); repeatable</source>
        <translation>un CAMPO=COLONNA di --columns (per un&apos;intestazione che contiene una virgola); ripetibile</translation>
    </message>
    <message>
        <source>--columns takes FIELD=COLUMN, with FIELD one of first, last, email, title, phone.</source>
        <translation>--columns vuole CAMPO=COLONNA, con CAMPO tra first, last, email, title, phone.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n user(s) into {account}: {present} already present, {refused} refused.</source>
        <translation>
            <numerusform>Importato %n utente in {account}: {present} già presenti, {refused} rifiutati.</numerusform>
            <numerusform>Importati %n utenti in {account}: {present} già presenti, {refused} rifiutati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused (listed above): fix them and import them again.</source>
        <translation>
            <numerusform>%n riga rifiutata (indicata sopra): correggila e importala di nuovo.</numerusform>
            <numerusform>%n righe rifiutate (elencate sopra): correggile e importale di nuovo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing imported: %n row(s) refused (listed above).</source>
        <translation>
            <numerusform>Non è stato importato nulla: %n riga rifiutata (indicata sopra).</numerusform>
            <numerusform>Non è stato importato nulla: %n righe rifiutate (elencate sopra).</numerusform>
        </translation>
    </message>
    <message>
        <source>Say which column is which with --columns, for example: {option}</source>
        <translation>Indica quale colonna contiene cosa con --columns, ad esempio: {option}</translation>
    </message>
    <message numerus="yes">
        <source>Left out: the column(s) {columns} (no field of this app).</source>
        <translation>
            <numerusform>Tralasciata: la colonna {columns} (non corrisponde a nessun campo dell&apos;applicazione).</numerusform>
            <numerusform>Tralasciate: le colonne {columns} (non corrispondono a nessun campo dell&apos;applicazione).</numerusform>
        </translation>
    </message>
    <message>
        <source>give a role to a user (the security contact may be an external address)</source>
        <translation>assegna un ruolo a un utente (il contatto per la sicurezza può essere un indirizzo esterno)</translation>
    </message>
    <message>
        <source>{email} (external address)</source>
        <translation>{email} (indirizzo esterno)</translation>
    </message>
    <message>
        <source>Dry run: {new} new, {present} already present, {refused} refused; nothing imported.</source>
        <translation>Simulazione: {new} nuovi, {present} già presenti, {refused} rifiutati; non è stato importato nulla.</translation>
    </message>
    <message>
        <source>write the message that tells the new holder of a point of contact (To) and the previous one (Cc) about the change, in the account&apos;s language; nothing is sent</source>
        <translation>scrive il messaggio che informa del cambio il nuovo titolare di un punto di contatto (A) e il precedente (Cc), nella lingua dell&apos;account; non viene inviato nulla</translation>
    </message>
    <message>
        <source>the latest change of a point of contact (default)</source>
        <translation>l&apos;ultima modifica di un punto di contatto (predefinito)</translation>
    </message>
    <message>
        <source>the history entry N (see: history --json)</source>
        <translation>la voce N della cronologia (vedere: history --json)</translation>
    </message>
    <message>
        <source>write the message to this file (default: print it)</source>
        <translation>scrive il messaggio in questo file (predefinito: lo stampa)</translation>
    </message>
    <message>
        <source>set the language of the account&apos;s notices, then write the notice in it</source>
        <translation>imposta la lingua delle comunicazioni dell&apos;account, poi vi scrive la comunicazione</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Impossibile scrivere {path}: {reason}</translation>
    </message>
    <message>
        <source>Wrote the notice to {path} (To: {to}). Open it in your mail client to send it.</source>
        <translation>Comunicazione scritta in {path} (A: {to}). Apritela nel programma di posta per inviarla.</translation>
    </message>
    <message>
        <source>people across every account of the database</source>
        <translation>le persone in tutti gli account del database</translation>
    </message>
    <message>
        <source>give every role OLD_EMAIL holds, in every account (or only --account), to NEW_EMAIL</source>
        <translation>assegna a NEW_EMAIL ogni ruolo di OLD_EMAIL, in tutti gli account (o solo in --account)</translation>
    </message>
    <message>
        <source>the address of the person leaving</source>
        <translation>l&apos;indirizzo della persona che lascia</translation>
    </message>
    <message>
        <source>the address of the successor</source>
        <translation>l&apos;indirizzo di chi subentra</translation>
    </message>
    <message>
        <source>print the plan and change nothing</source>
        <translation>stampa il piano senza modificare nulla</translation>
    </message>
    <message>
        <source>add the successor, with the name they have elsewhere, where they are not an active user</source>
        <translation>aggiunge chi subentra, con il nome che ha altrove, dove non è un utente attivo</translation>
    </message>
    <message>
        <source>deactivate OLD_EMAIL in every account afterwards</source>
        <translation>disattiva poi OLD_EMAIL in tutti gli account</translation>
    </message>
    <message>
        <source>{account}: {role}: {old} removed ({new} already is one)</source>
        <translation>{account}: {role}: {old} rimosso ({new} lo è già)</translation>
    </message>
    <message>
        <source>{account}: {role}: {old} -&gt; {new}</source>
        <translation>{account}: {role}: {old} -&gt; {new}</translation>
    </message>
    <message>
        <source>{account}: {person} added as a user</source>
        <translation>{account}: {person} aggiunto come utente</translation>
    </message>
    <message>
        <source>{account}: {person} will be added as a user</source>
        <translation>{account}: {person} verrà aggiunto come utente</translation>
    </message>
    <message>
        <source>{account}: {person} is not an active user</source>
        <translation>{account}: {person} non è un utente attivo</translation>
    </message>
    <message>
        <source>{account}: {person} deactivated</source>
        <translation>{account}: {person} disattivato</translation>
    </message>
    <message>
        <source>{account}: {person} will be deactivated</source>
        <translation>{account}: {person} verrà disattivato</translation>
    </message>
    <message>
        <source>{person} holds no role: there is nothing to hand over.</source>
        <translation>{person} non ricopre alcun ruolo: non c&apos;è nulla da passare.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed. The plan:</source>
        <translation>Prova: non è stato modificato nulla. Il piano:</translation>
    </message>
    <message>
        <source>{email} is not an active user of these accounts: {accounts}. Nothing was changed; add them there, or run again with --add-missing.</source>
        <translation>{email} non è un utente attivo di questi account: {accounts}. Non è stato modificato nulla; aggiungetelo lì, oppure ripetete il comando con --add-missing.</translation>
    </message>
    <message>
        <source>Replaced {old} with {new}:</source>
        <translation>{old} sostituito con {new}:</translation>
    </message>
    <message>
        <source>Accounts changed: {count}</source>
        <translation>Account modificati: {count}</translation>
    </message>
    <message>
        <source>Recognised: {format}.</source>
        <translation>Riconosciuto: {format}.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out: guests, bots or deactivated members (listed above).</source>
        <translation>
            <numerusform>%n riga esclusa: ospite, bot o membro disattivato (elencata sopra).</numerusform>
            <numerusform>%n righe escluse: ospiti, bot o membri disattivati (elencate sopra).</numerusform>
        </translation>
    </message>
    <message>
        <source>import users from a CSV, Excel (.xlsx) or vCard (.vcf) file (the accepted rows, in one transaction); admin consoles&apos; user exports are recognised</source>
        <translation>importa utenti da un file CSV, Excel (.xlsx) o vCard (.vcf) (le righe accettate, in un&apos;unica transazione); le esportazioni degli utenti delle console di amministrazione vengono riconosciute</translation>
    </message>
    <message>
        <source>the file to read: .csv, .xlsx or .vcf</source>
        <translation>il file da leggere: .csv, .xlsx o .vcf</translation>
    </message>
    <message>
        <source>the sheet of an Excel workbook to read (default: the first)</source>
        <translation>il foglio della cartella di lavoro Excel da leggere (predefinito: il primo)</translation>
    </message>
    <message>
        <source>the database file or sqlite:/// URL, or an office database&apos;s postgresql://USER@HOST/NAME URL (default: $CONTACT_MANAGER_DB, else contacts.db in the per-user data folder)</source>
        <translation>il file del database o un URL sqlite:///, oppure l&apos;URL postgresql://UTENTE@HOST/NOME di un database dell&apos;ufficio (predefinito: $CONTACT_MANAGER_DB, altrimenti contacts.db nella cartella dati dell&apos;utente)</translation>
    </message>
    <message>
        <source>an office database on a PostgreSQL server</source>
        <translation>un database dell&apos;ufficio su un server PostgreSQL</translation>
    </message>
    <message>
        <source>create the schema and the editor and reader roles (once, as the database owner)</source>
        <translation>crea lo schema e i ruoli di modifica e di sola lettura (una volta, come proprietario del database)</translation>
    </message>
    <message>
        <source>let a login role edit, or only read</source>
        <translation>consente a un ruolo di accesso di modificare, o solo di leggere</translation>
    </message>
    <message>
        <source>the login role on the server</source>
        <translation>il ruolo di accesso sul server</translation>
    </message>
    <message>
        <source>may read and change</source>
        <translation>può leggere e modificare</translation>
    </message>
    <message>
        <source>may only read</source>
        <translation>può solo leggere</translation>
    </message>
    <message>
        <source>take both roles from a login role</source>
        <translation>toglie entrambi i ruoli a un ruolo di accesso</translation>
    </message>
    <message>
        <source>{target} is a database file: only an office database on a server has roles.</source>
        <translation>{target} è un file di database: solo un database dell&apos;ufficio su un server ha dei ruoli.</translation>
    </message>
    <message>
        <source>{target} is set up: grant each person a role with: {prog} server grant USER --editor</source>
        <translation>{target} è pronto: assegna un ruolo a ogni persona con: {prog} server grant UTENTE --editor</translation>
    </message>
    <message>
        <source>{user} may now read and change {target}.</source>
        <translation>Ora {user} può leggere e modificare {target}.</translation>
    </message>
    <message>
        <source>{user} may now only read {target}.</source>
        <translation>Ora {user} può solo leggere {target}.</translation>
    </message>
    <message>
        <source>{user} may no longer open {target}.</source>
        <translation>{user} non può più aprire {target}.</translation>
    </message>
    <message>
        <source>write the account&apos;s history to a file</source>
        <translation>scrive in un file la cronologia dell&apos;account</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n change(s) of {account} to {path}.</source>
        <translation>
            <numerusform>Esportata %n modifica di {account} in {path}.</numerusform>
            <numerusform>Esportate %n modifiche di {account} in {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>copy every account, with its users, roles and history, from one database to another (a file onto an office database, or back)</source>
        <translation>copia ogni account, con i suoi utenti, ruoli e cronologia, da un database a un altro (un file su un database dell&apos;ufficio, o viceversa)</translation>
    </message>
    <message>
        <source>the database to copy from (default: --db, else the default database)</source>
        <translation>il database da cui copiare (predefinito: --db, altrimenti il database predefinito)</translation>
    </message>
    <message>
        <source>the database to copy into: a postgresql:// URL or a file (made if new)</source>
        <translation>il database in cui copiare: un URL postgresql:// o un file (creato se non esiste)</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>Non c&apos;è un database in {path}.</translation>
    </message>
    <message>
        <source>The source and the target are the same database.</source>
        <translation>L&apos;origine e la destinazione sono lo stesso database.</translation>
    </message>
    <message>
        <source>Copied to {target}: accounts: {accounts}, users: {users}, contact roles: {roles}, history entries: {history}.</source>
        <translation>Copiati in {target}: account: {accounts}, utenti: {users}, ruoli di contatto: {roles}, voci della cronologia: {history}.</translation>
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
        <source>(not set)</source>
        <translation>(non impostato)</translation>
    </message>
    <message>
        <source>{field} saved</source>
        <translation>{field} salvato</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Paesi</translation>
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
        <source>No billing contact yet: invoices go to the primary contact.</source>
        <translation>Ancora nessun contatto di fatturazione: le fatture vanno al contatto principale.</translation>
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
        <source>Choose a user, or type an external email address for the {role}.</source>
        <translation>Scegli un utente, oppure scrivi un indirizzo email esterno come {role}.</translation>
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
    <message>
        <source>Up to {cap} people who receive {notices}.</source>
        <translation>Fino a {cap} persone che ricevono {notices}.</translation>
    </message>
    <message>
        <source>&amp;Add another</source>
        <translation>Aggi&amp;ungi un altro</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Encrypt if the server offers it</source>
        <translation>Cifra se il server lo consente</translation>
    </message>
    <message>
        <source>Always encrypt</source>
        <translation>Cifra sempre</translation>
    </message>
    <message>
        <source>Always encrypt, and check the server&apos;s certificate and name</source>
        <translation>Cifra sempre e verifica il certificato e il nome del server</translation>
    </message>
    <message>
        <source>Never encrypt (a trusted network only)</source>
        <translation>Non cifrare mai (solo in una rete affidabile)</translation>
    </message>
    <message>
        <source>Connect to an office database</source>
        <translation>Connetti a un database dell&apos;ufficio</translation>
    </message>
    <message>
        <source>The office database is kept on a PostgreSQL server, shared by everyone in the office. Ask whoever set it up for these details.</source>
        <translation>Il database dell&apos;ufficio si trova su un server PostgreSQL condiviso da tutto l&apos;ufficio. Chiedere questi dati a chi lo ha configurato.</translation>
    </message>
    <message>
        <source>Move to an office database</source>
        <translation>Sposta in un database dell&apos;ufficio</translation>
    </message>
    <message>
        <source>Every account of {file}, with its users, contacts and history, is copied onto the office database below, which must not have accounts of the same names yet. The file itself stays as it is.</source>
        <translation>Ogni account di {file}, con i suoi utenti, contatti e cronologia, viene copiato nel database dell&apos;ufficio indicato qui sotto, che non deve ancora avere account con gli stessi nomi. Il file resta così com&apos;è.</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nome &amp;utente:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Cifratura:</translation>
    </message>
    <message>
        <source>e.g. db.office.lan</source>
        <translation>ad es. db.ufficio.lan</translation>
    </message>
    <message>
        <source>Leave empty to use the one already kept</source>
        <translation>Lasciare vuoto per usare quella già memorizzata</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation>&amp;Ricorda nel portachiavi di sistema</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>Ricorda la password nel portachiavi di sistema</translation>
    </message>
    <message>
        <source>Encryption choices</source>
        <translation>Opzioni di cifratura</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <source>No user of this account matches “{text}”.</source>
        <translation>Nessun utente di questo account corrisponde a «{text}».</translation>
    </message>
    <message>
        <source>“{text}” matches more than one user: choose one from the list.</source>
        <translation>«{text}» corrisponde a più di un utente: scegline uno dall&apos;elenco.</translation>
    </message>
    <message>
        <source>Select a user</source>
        <translation>Seleziona un utente</translation>
    </message>
    <message>
        <source>External address</source>
        <translation>Indirizzo esterno</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Disattivato</translation>
    </message>
    <message>
        <source>This user is deactivated: choose an active user for this role.</source>
        <translation>Questo utente è disattivato: scegli un utente attivo per questo ruolo.</translation>
    </message>
    <message>
        <source>Not saved: {reason} The saved contact is still {saved}: correct the text, or press Escape to show it again.</source>
        <translation>Non salvato: {reason} Il contatto salvato resta {saved}: correggi il testo, oppure premi Esc per mostrarlo di nuovo.</translation>
    </message>
    <message>
        <source>Not saved: {reason} No contact is saved for this role: correct the text, or press Escape to clear it.</source>
        <translation>Non salvato: {reason} Per questo ruolo non c&apos;è ancora un contatto salvato: correggi il testo, oppure premi Esc per cancellarlo.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <source>Not a user of this account: an external address.</source>
        <translation>Non è un utente di questo account: è un indirizzo esterno.</translation>
    </message>
    <message>
        <source>Users to choose from</source>
        <translation>Utenti tra cui scegliere</translation>
    </message>
    <message>
        <source>Users matching what you typed</source>
        <translation>Utenti che corrispondono al testo digitato</translation>
    </message>
</context>
<context>
    <name>ContactSheetPdf</name>
    <message>
        <source>Not set</source>
        <translation>Non impostato</translation>
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
    <message>
        <source>external address</source>
        <translation>indirizzo esterno</translation>
    </message>
</context>
<context>
    <name>Copying</name>
    <message>
        <source>Nothing was copied: the target database already has accounts called {names}. Rename or delete them there first.</source>
        <translation>Non è stato copiato nulla: il database di destinazione ha già account chiamati {names}. Rinominarli o eliminarli lì prima di riprovare.</translation>
    </message>
    <message>
        <source>Nothing was copied: the source database has no account.</source>
        <translation>Non è stato copiato nulla: il database di origine non ha alcun account.</translation>
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
    <name>DailyBackup</name>
    <message>
        <source>Today&apos;s automatic backup could not be made: {reason}</source>
        <translation>Non è stato possibile fare il backup automatico di oggi: {reason}</translation>
    </message>
</context>
<context>
    <name>Damage</name>
    <message>
        <source>table {table}, column {column}</source>
        <translation>tabella {table}, colonna {column}</translation>
    </message>
    <message>
        <source>table {table}, row {row}, column {column}</source>
        <translation>tabella {table}, riga {row}, colonna {column}</translation>
    </message>
    <message>
        <source>(damaged)</source>
        <translation>(danneggiato)</translation>
    </message>
    <message>
        <source>(damaged entry)</source>
        <translation>(voce danneggiata)</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>e altre {count}</translation>
    </message>
    <message>
        <source>The database has damaged rows that could not be read ({places}). Run Help &gt; Check database (contact-manager-cli check), or restore a backup.</source>
        <translation>Il database contiene righe danneggiate che non è stato possibile leggere ({places}). Eseguire Aiuto &gt; Controlla il database (contact-manager-cli check), oppure ripristinare un backup.</translation>
    </message>
    <message>
        <source>Nothing was exported: the database has damaged rows ({places}). Run Help &gt; Check database (contact-manager-cli check), or restore a backup.</source>
        <translation>Non è stato esportato nulla: il database contiene righe danneggiate ({places}). Eseguire Aiuto &gt; Controlla il database (contact-manager-cli check), oppure ripristinare un backup.</translation>
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
        <source>&amp;Keep editing</source>
        <translation>&amp;Continua a modificare</translation>
    </message>
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
        <source>Save the message as a draft</source>
        <translation>Salva il messaggio come bozza</translation>
    </message>
    <message>
        <source>Email messages (*.eml)</source>
        <translation>Messaggi email (*.eml)</translation>
    </message>
    <message>
        <source>Contact Manager can&apos;t start</source>
        <translation>Contact Manager non riesce ad avviarsi</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nuovo database</translation>
    </message>
    <message>
        <source>Contact Manager databases (*.db)</source>
        <translation>Database di Contact Manager (*.db)</translation>
    </message>
    <message>
        <source>The latest good backup of it was made on {when} ({kind}).</source>
        <translation>L&apos;ultimo backup integro è del {when} ({kind}).</translation>
    </message>
    <message>
        <source>No good backup of it was found.</source>
        <translation>Non è stato trovato nessun backup integro.</translation>
    </message>
    <message>
        <source>You can restore a backup, open another database or create a new one.</source>
        <translation>Puoi ripristinare un backup, aprire un altro database o crearne uno nuovo.</translation>
    </message>
    <message>
        <source>You can open another database or create a new one.</source>
        <translation>Puoi aprire un altro database o crearne uno nuovo.</translation>
    </message>
    <message>
        <source>&amp;Restore a backup...</source>
        <translation>&amp;Ripristina un backup...</translation>
    </message>
    <message>
        <source>&amp;Open another database...</source>
        <translation>&amp;Apri un altro database...</translation>
    </message>
    <message>
        <source>&amp;Create a new database...</source>
        <translation>&amp;Crea un nuovo database...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Your data, its backups and the log file are in {folder} (Help &gt; Open log and data folder).</source>
        <translation>I dati, i loro backup e il file di log si trovano in {folder} (Aiuto &gt; Apri la cartella dei log e dei dati).</translation>
    </message>
    <message>
        <source>Contact Manager closed unexpectedly last time; what happened is in this log file:
{log}</source>
        <translation>L&apos;ultima volta Contact Manager si è chiuso in modo inatteso; i dettagli sono in questo file di log:
{log}</translation>
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
        <source>The email address has the &quot;full-width&quot; at-sign (@) character instead of a regular at-sign.</source>
        <translation>L&apos;indirizzo email contiene la chiocciola «a larghezza piena» (@) al posto del normale simbolo @.</translation>
    </message>
    <message>
        <source>The email address has the &quot;small commercial at&quot; character instead of a regular at-sign.</source>
        <translation>L&apos;indirizzo email contiene la chiocciola piccola (﹫) al posto del normale simbolo @.</translation>
    </message>
    <message>
        <source>Extra character(s) found after close quote: {chars}</source>
        <translation>Dopo le virgolette di chiusura ci sono altri caratteri: {chars}</translation>
    </message>
    <message>
        <source>The display name contains invalid characters when not quoted: {chars}.</source>
        <translation>Il nome visualizzato contiene caratteri ammessi solo tra virgolette: {chars}.</translation>
    </message>
    <message>
        <source>An open angle bracket at the start of the email address has to be followed by a close angle bracket at the end.</source>
        <translation>Se l&apos;indirizzo email inizia con una parentesi angolare aperta (&lt;), deve terminare con una parentesi angolare chiusa (&gt;).</translation>
    </message>
    <message>
        <source>There can&apos;t be anything after the email address.</source>
        <translation>Dopo l&apos;indirizzo email non può esserci altro.</translation>
    </message>
    <message>
        <source>The email address is too long before the @-sign {excess}.</source>
        <translation>L&apos;indirizzo email è troppo lungo prima del simbolo @ {excess}.</translation>
    </message>
    <message>
        <source>The email address is too long after the @-sign {excess}.</source>
        <translation>L&apos;indirizzo email è troppo lungo dopo il simbolo @ {excess}.</translation>
    </message>
    <message>
        <source>The email address is too long {excess}.</source>
        <translation>L&apos;indirizzo email è troppo lungo {excess}.</translation>
    </message>
    <message>
        <source>After the @-sign, periods cannot be separated by so many characters {excess}.</source>
        <translation>Dopo il simbolo @, tra un punto e l&apos;altro non possono esserci così tanti caratteri {excess}.</translation>
    </message>
    <message>
        <source>Internationalized characters before the @-sign are not supported: {chars}.</source>
        <translation>Prima del simbolo @ non sono ammesse lettere accentate o di altri alfabeti: {chars}.</translation>
    </message>
    <message>
        <source>Internationalized characters before the @-sign are not supported.</source>
        <translation>Prima del simbolo @ non sono ammesse lettere accentate o di altri alfabeti.</translation>
    </message>
    <message>
        <source>The email address contains invalid characters in quotes before the @-sign: {chars}.</source>
        <translation>L&apos;indirizzo email contiene caratteri non validi tra virgolette prima del simbolo @: {chars}.</translation>
    </message>
    <message>
        <source>The email address contains invalid characters before the @-sign: {chars}.</source>
        <translation>L&apos;indirizzo email contiene caratteri non validi prima del simbolo @: {chars}.</translation>
    </message>
    <message>
        <source>The email address contains invalid characters before the @-sign.</source>
        <translation>L&apos;indirizzo email contiene caratteri non validi prima del simbolo @.</translation>
    </message>
    <message>
        <source>The email address contains invalid characters after the @-sign after IDNA encoding.</source>
        <translation>L&apos;indirizzo email contiene caratteri non validi dopo il simbolo @, una volta convertito per la posta internazionale (IDNA).</translation>
    </message>
    <message>
        <source>The email address contains an invalid character.</source>
        <translation>L&apos;indirizzo email contiene un carattere non valido.</translation>
    </message>
    <message>
        <source>The email address contains unsafe characters: {chars}.</source>
        <translation>L&apos;indirizzo email contiene caratteri non sicuri: {chars}.</translation>
    </message>
    <message>
        <source>The email address is not valid ASCII.</source>
        <translation>L&apos;indirizzo email contiene caratteri non ASCII.</translation>
    </message>
    <message>
        <source>An email address cannot start with a period.</source>
        <translation>Un indirizzo email non può iniziare con un punto.</translation>
    </message>
    <message>
        <source>An email address cannot start with a hyphen.</source>
        <translation>Un indirizzo email non può iniziare con un trattino.</translation>
    </message>
    <message>
        <source>An email address cannot have a period immediately before the @-sign.</source>
        <translation>Un indirizzo email non può avere un punto subito prima del simbolo @.</translation>
    </message>
    <message>
        <source>An email address cannot have a hyphen immediately before the @-sign.</source>
        <translation>Un indirizzo email non può avere un trattino subito prima del simbolo @.</translation>
    </message>
    <message>
        <source>An email address cannot have a hyphen immediately after the @-sign.</source>
        <translation>Un indirizzo email non può avere un trattino subito dopo il simbolo @.</translation>
    </message>
    <message>
        <source>An email address cannot end with a hyphen.</source>
        <translation>Un indirizzo email non può terminare con un trattino.</translation>
    </message>
    <message>
        <source>An email address cannot have a period and a hyphen next to each other.</source>
        <translation>Un indirizzo email non può avere un punto e un trattino uno accanto all&apos;altro.</translation>
    </message>
    <message>
        <source>An email address cannot have two letters followed by two dashes immediately after the @-sign or after a period, except Punycode.</source>
        <translation>Un indirizzo email non può avere due lettere seguite da due trattini subito dopo il simbolo @ o dopo un punto (salvo la forma Punycode, «xn--»).</translation>
    </message>
    <message>
        <source>The part after the @-sign contains invalid characters after Unicode normalization: {chars}.</source>
        <translation>La parte dopo il simbolo @ contiene caratteri non validi, una volta normalizzata: {chars}.</translation>
    </message>
    <message>
        <source>The part after the @-sign contains invalid characters in brackets: {chars}.</source>
        <translation>La parte dopo il simbolo @ contiene caratteri non validi tra parentesi quadre: {chars}.</translation>
    </message>
    <message>
        <source>The part after the @-sign contains invalid characters ({detail}).</source>
        <translation>La parte dopo il simbolo @ contiene caratteri non validi ({detail}).</translation>
    </message>
    <message>
        <source>The part after the @-sign contains invalid characters: {chars}.</source>
        <translation>La parte dopo il simbolo @ contiene caratteri non validi: {chars}.</translation>
    </message>
    <message>
        <source>The part after the @-sign contains an invalid address literal tag in brackets.</source>
        <translation>La parte dopo il simbolo @ contiene tra parentesi quadre un&apos;etichetta di indirizzo non valida.</translation>
    </message>
    <message>
        <source>The part after the @-sign is invalid ({detail}).</source>
        <translation>La parte dopo il simbolo @ non è valida ({detail}).</translation>
    </message>
    <message>
        <source>The part after the @-sign is not valid. It is not within a valid top-level domain.</source>
        <translation>La parte dopo il simbolo @ non è valida: non termina con un dominio di primo livello valido (come .it o .com).</translation>
    </message>
    <message>
        <source>The part after the @-sign is a special-use or reserved name that cannot be used with email.</source>
        <translation>La parte dopo il simbolo @ è un nome riservato o per usi speciali, che non si può usare per la posta.</translation>
    </message>
    <message>
        <source>The part after the @-sign is not valid IDNA ({detail}).</source>
        <translation>La parte dopo il simbolo @ non è un nome internazionale (IDNA) valido ({detail}).</translation>
    </message>
    <message>
        <source>The part after the @-sign became invalid after normalizing to international characters ({detail}).</source>
        <translation>La parte dopo il simbolo @ non è più valida una volta convertita in caratteri internazionali ({detail}).</translation>
    </message>
    <message>
        <source>The address in brackets after the @-sign is not valid: It is not an IPv4 address ({detail}) or is missing an address literal tag.</source>
        <translation>L&apos;indirizzo tra parentesi quadre dopo il simbolo @ non è valido: non è un indirizzo IPv4 ({detail}) oppure manca l&apos;etichetta del tipo di indirizzo.</translation>
    </message>
    <message>
        <source>The IPv6 address in brackets after the @-sign is not valid (It has a zone index).</source>
        <translation>L&apos;indirizzo IPv6 tra parentesi quadre dopo il simbolo @ non è valido: contiene un indice di zona.</translation>
    </message>
    <message>
        <source>The IPv6 address in brackets after the @-sign is not valid ({detail}).</source>
        <translation>L&apos;indirizzo IPv6 tra parentesi quadre dopo il simbolo @ non è valido ({detail}).</translation>
    </message>
    <message>
        <source>The part after the @-sign in brackets is not an IPv4 address and has no address literal tag.</source>
        <translation>La parte tra parentesi quadre dopo il simbolo @ non è un indirizzo IPv4 e non ha l&apos;etichetta del tipo di indirizzo.</translation>
    </message>
    <message>
        <source>A bracketed IP address after the @-sign is not allowed here.</source>
        <translation>Qui non è ammesso un indirizzo IP tra parentesi quadre dopo il simbolo @.</translation>
    </message>
    <message>
        <source>Quoting the part before the @-sign is not allowed here.</source>
        <translation>Qui non è ammesso mettere tra virgolette la parte prima del simbolo @.</translation>
    </message>
    <message>
        <source>A display name and angle brackets around the email address are not permitted here.</source>
        <translation>Qui non sono ammessi un nome visualizzato e le parentesi angolari (&lt; &gt;) intorno all&apos;indirizzo email.</translation>
    </message>
    <message>
        <source>After Unicode normalization: {inner}</source>
        <translation>Una volta normalizzato: {inner}</translation>
    </message>
    <message>
        <source>The domain name {domain} does not accept email.</source>
        <translation>Il dominio {domain} non accetta posta.</translation>
    </message>
    <message>
        <source>The domain name {domain} does not send email.</source>
        <translation>Il dominio {domain} non invia posta.</translation>
    </message>
    <message>
        <source>The domain name {domain} does not exist.</source>
        <translation>Il dominio {domain} non esiste.</translation>
    </message>
    <message>
        <source>There was an error while checking if the domain name in the email address is deliverable: {detail}</source>
        <translation>Non è stato possibile verificare se il dominio dell&apos;indirizzo email riceve posta: {detail}</translation>
    </message>
    <message>
        <source>(1 character too many)</source>
        <translation>(1 carattere di troppo)</translation>
    </message>
    <message>
        <source>({count} characters too many)</source>
        <translation>({count} caratteri di troppo)</translation>
    </message>
    <message>
        <source>({low}-{high} characters too many)</source>
        <translation>(da {low} a {high} caratteri di troppo)</translation>
    </message>
    <message>
        <source>(1 byte too many after IDNA encoding)</source>
        <translation>(1 byte di troppo una volta convertito in IDNA)</translation>
    </message>
    <message>
        <source>({count} bytes too many after IDNA encoding)</source>
        <translation>({count} byte di troppo una volta convertito in IDNA)</translation>
    </message>
    <message>
        <source>after normalization (1 byte too many)</source>
        <translation>una volta normalizzato (1 byte di troppo)</translation>
    </message>
    <message>
        <source>after normalization ({count} bytes too many)</source>
        <translation>una volta normalizzato ({count} byte di troppo)</translation>
    </message>
    <message>
        <source>when the part after the @-sign is converted to IDNA ASCII (1 byte too many)</source>
        <translation>quando la parte dopo il simbolo @ è convertita in IDNA ASCII (1 byte di troppo)</translation>
    </message>
    <message>
        <source>when the part after the @-sign is converted to IDNA ASCII ({count} bytes too many)</source>
        <translation>quando la parte dopo il simbolo @ è convertita in IDNA ASCII ({count} byte di troppo)</translation>
    </message>
    <message>
        <source>SPACE</source>
        <translation>SPAZIO</translation>
    </message>
    <message>
        <source>NO-BREAK SPACE</source>
        <translation>SPAZIO NON DIVISIBILE</translation>
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
        <source>{person} is deactivated and can&apos;t be given a role. Reactivate them first.</source>
        <translation>L&apos;utente {person} è disattivato e non può ricevere un ruolo. Riattivalo prima.</translation>
    </message>
    <message>
        <source>The account primary contact can be changed to another user, but not removed.</source>
        <translation>Il contatto principale dell&apos;account può essere cambiato con un altro utente, ma non rimosso.</translation>
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
    <message>
        <source>{person} can&apos;t be deactivated while they are the {role}. Give this role to someone else first.</source>
        <translation>Non è possibile disattivare {person} finché ricopre il ruolo di {role}. Assegna prima questo ruolo a qualcun altro.</translation>
    </message>
    <message>
        <source>{person} can&apos;t be removed while they are the {role}. Give this role to someone else first.</source>
        <translation>Non è possibile rimuovere {person} finché ricopre il ruolo di {role}. Assegna prima questo ruolo a qualcun altro.</translation>
    </message>
    <message>
        <source>{roles} and {last}</source>
        <translation>{roles} e {last}</translation>
    </message>
    <message>
        <source>{person} can&apos;t be deactivated while they hold these roles: {roles}. Give them to someone else first.</source>
        <translation>Non è possibile disattivare {person} finché ricopre questi ruoli: {roles}. Assegnali prima a qualcun altro.</translation>
    </message>
    <message>
        <source>{person} can&apos;t be removed while they hold these roles: {roles}. Give them to someone else first.</source>
        <translation>Non è possibile rimuovere {person} finché ricopre questi ruoli: {roles}. Assegnali prima a qualcun altro.</translation>
    </message>
    <message>
        <source>{email} is not a user of this account. Only the security contact may be an external address.</source>
        <translation>{email} non è un utente di questo account. Solo il contatto per la sicurezza può essere un indirizzo esterno.</translation>
    </message>
    <message>
        <source>The account is no longer there: it was deleted, perhaps in another window.</source>
        <translation>L&apos;account non c&apos;è più: è stato eliminato, forse in un&apos;altra finestra.</translation>
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
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
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
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utenti</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>JSON files (*.json)</source>
        <translation>File JSON (*.json)</translation>
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
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
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
        <source>vCard files (*.vcf)</source>
        <translation>File vCard (*.vcf)</translation>
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
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Cartelle di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export as E&amp;xcel...</source>
        <translation>Esporta in E&amp;xcel...</translation>
    </message>
    <message>
        <source>Save the contacts and the users to an Excel workbook</source>
        <translation>Salva i contatti e gli utenti in una cartella di lavoro Excel</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>File CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Esporta la cronologia</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Print contact sheet to PDF...</source>
        <translation>S&amp;tampa la scheda dei contatti in PDF...</translation>
    </message>
    <message>
        <source>A printable contact sheet of the account</source>
        <translation>Una scheda stampabile dei contatti dell&apos;account</translation>
    </message>
    <message>
        <source>Save the contact sheet as PDF</source>
        <translation>Salva la scheda dei contatti in PDF</translation>
    </message>
</context>
<context>
    <name>FileMenuBase</name>
    <message>
        <source>{path} could not be written: {reason}</source>
        <translation>Impossibile scrivere {path}: {reason}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>there is no such file or folder.</source>
        <translation>il file o la cartella non esiste.</translation>
    </message>
    <message>
        <source>permission denied.</source>
        <translation>permesso negato.</translation>
    </message>
    <message>
        <source>it is a folder, not a file.</source>
        <translation>è una cartella, non un file.</translation>
    </message>
    <message>
        <source>a part of the path is not a folder.</source>
        <translation>una parte del percorso non è una cartella.</translation>
    </message>
    <message>
        <source>the disk can only be read.</source>
        <translation>il disco è di sola lettura.</translation>
    </message>
    <message>
        <source>the disk is full.</source>
        <translation>il disco è pieno.</translation>
    </message>
    <message>
        <source>the name is too long.</source>
        <translation>il nome è troppo lungo.</translation>
    </message>
</context>
<context>
    <name>FirstRunImport</name>
    <message>
        <source>The column titles of {name} are not recognised. Create the account first, then use File &gt; Import users... to choose which column is which.</source>
        <translation>I titoli delle colonne di {name} non sono riconosciuti. Crea prima l&apos;account, poi usa File &gt; Importa utenti... per scegliere quale colonna è quale.</translation>
    </message>
    <message>
        <source>Users added to the list from {name}: {count}. Check them, then create the account.</source>
        <translation>Utenti aggiunti all&apos;elenco da {name}: {count}. Controllali, poi crea l&apos;account.</translation>
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
    <message>
        <source>New account</source>
        <translation>Nuovo account</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>Contact Manager keeps the points of contact of your company accounts: who receives invoices, renewal notices, security and technical notices.</source>
        <translation>Contact Manager gestisce i referenti degli account della vostra azienda: chi riceve le fatture, le notifiche di rinnovo, le notifiche di sicurezza e quelle tecniche.</translation>
    </message>
    <message>
        <source>Account and billing (Ctrl+1)</source>
        <translation>Account e fatturazione (Ctrl+1)</translation>
    </message>
    <message>
        <source>Who holds each role, who receives each kind of notice, and health checks, each with a button that takes you to the fix. “Mark as reviewed” records the day you checked the contacts.</source>
        <translation>Chi ricopre ogni ruolo, chi riceve ogni tipo di notifica e i controlli, ognuno con un pulsante che porta dove correggere. «Segna come verificati» registra il giorno in cui hai controllato i contatti.</translation>
    </message>
    <message>
        <source>Company information (Ctrl+2)</source>
        <translation>Informazioni sull&apos;azienda (Ctrl+2)</translation>
    </message>
    <message>
        <source>The company details, the account primary contact, up to three billing contacts (“Add another”) and the other contacts. Type into a box to find a user by any part of their name or address; the security contact also takes an external email address. A change is saved at once: Edit &gt; Undo (Ctrl+Z) takes it back.</source>
        <translation>I dati dell&apos;azienda, il contatto principale dell&apos;account, fino a tre contatti di fatturazione («Aggiungi un altro») e gli altri contatti. Scrivi in una casella per trovare un utente con una parte qualsiasi del nome o dell&apos;indirizzo; il contatto per la sicurezza accetta anche un indirizzo email esterno. Ogni modifica viene salvata subito: Modifica &gt; Annulla (Ctrl+Z) la annulla.</translation>
    </message>
    <message>
        <source>Users (Ctrl+3)</source>
        <translation>Utenti (Ctrl+3)</translation>
    </message>
    <message>
        <source>Add, edit, deactivate, reactivate and remove users. Someone who holds a role is offered a “Reassign” step first. “Who is this person?” lists their roles in every account. Ctrl+F finds a user from any tab; Delete removes the selected one, after asking.</source>
        <translation>Aggiungi, modifica, disattiva, riattiva e rimuovi utenti. Per chi ricopre un ruolo viene proposto prima un passaggio «Riassegna». «Chi è questa persona?» elenca i suoi ruoli in tutti gli account. Ctrl+F cerca un utente da qualsiasi scheda; Canc rimuove quello selezionato, dopo averlo chiesto.</translation>
    </message>
    <message>
        <source>History (Ctrl+4)</source>
        <translation>Cronologia (Ctrl+4)</translation>
    </message>
    <message>
        <source>Every change, who made it and when; filter it, and export it as CSV.</source>
        <translation>Ogni modifica, chi l&apos;ha fatta e quando; puoi filtrarla ed esportarla in CSV.</translation>
    </message>
    <message>
        <source>File menu</source>
        <translation>Menu File</translation>
    </message>
    <message>
        <source>Create, rename and delete accounts; import users from a CSV file (English or Italian column names, comma or semicolon, with a preview of every row); import or export an account as JSON; export CSV or vCard; save the contact sheet as PDF; back up and restore the database.</source>
        <translation>Crea, rinomina ed elimina account; importa utenti da un file CSV (nomi delle colonne in italiano o in inglese, separati da virgola o punto e virgola, con un&apos;anteprima di ogni riga); importa o esporta un account in JSON; esporta in CSV o vCard; salva la scheda dei contatti in PDF; fai il backup del database e ripristinalo.</translation>
    </message>
    <message>
        <source>View &gt; Language</source>
        <translation>Visualizza &gt; Lingua</translation>
    </message>
    <message>
        <source>English or Italiano, switched at once. The account button in the top-right corner switches between accounts.</source>
        <translation>English o Italiano, cambiata subito. Il pulsante dell&apos;account nell&apos;angolo in alto a destra passa da un account all&apos;altro.</translation>
    </message>
    <message>
        <source>Working with others</source>
        <translation>Lavorare con altri</translation>
    </message>
    <message>
        <source>If someone changes the same account elsewhere (another window, the command line), this window shows it within a few seconds. A change made on an out-of-date view is refused, never written over theirs.</source>
        <translation>Se qualcuno modifica lo stesso account altrove (un&apos;altra finestra, la riga di comando), questa finestra lo mostra entro pochi secondi. Una modifica fatta su dati non aggiornati viene rifiutata, senza mai sovrascrivere quella degli altri.</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Primi passi</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>{person} is deactivated but is still the {role}, so still receives {notices}.</source>
        <translation>{person} è disattivato ma è ancora {role}, quindi riceve ancora {notices}.</translation>
    </message>
    <message>
        <source>{person} is deactivated but is still the {role}.</source>
        <translation>L&apos;utente {person} è disattivato ma è ancora {role}.</translation>
    </message>
    <message>
        <source>{person} is both the primary contact and the only billing contact: if they leave, nobody receives the invoices. Add a second billing contact.</source>
        <translation>{person} è sia il contatto principale sia l&apos;unico contatto di fatturazione: se se ne va, nessuno riceve le fatture. Aggiungete un secondo contatto di fatturazione.</translation>
    </message>
    <message>
        <source>{person} is the only billing contact: add a second one, so the invoices still reach someone when they are away or leave.</source>
        <translation>{person} è l&apos;unico contatto di fatturazione: aggiungetene un secondo, così le fatture raggiungono qualcuno anche quando è assente o se ne va.</translation>
    </message>
    <message>
        <source>The security contact {address} is an outside address that has never been checked.</source>
        <translation>Il contatto per la sicurezza {address} è un indirizzo esterno mai verificato.</translation>
    </message>
    <message>
        <source>The security contact {address} is an outside address last checked {days} days ago: make sure someone still reads it.</source>
        <translation>Il contatto per la sicurezza {address} è un indirizzo esterno verificato l&apos;ultima volta {days} giorni fa: assicuratevi che qualcuno lo legga ancora.</translation>
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
        <source>Add a second billing contact</source>
        <translation>Aggiungi un secondo contatto di fatturazione</translation>
    </message>
    <message>
        <source>Check the security contact</source>
        <translation>Verifica il contatto per la sicurezza</translation>
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
    <name>HelpActions</name>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Primi passi</translation>
    </message>
    <message>
        <source>A short guide to the window</source>
        <translation>Una breve guida alla finestra</translation>
    </message>
    <message>
        <source>Open &amp;log and data folder</source>
        <translation>Apri la cartella dei &amp;log e dei dati</translation>
    </message>
    <message>
        <source>Open the folder with the database, the backups and the log file</source>
        <translation>Apri la cartella con il database, i backup e il file di log</translation>
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
    <message>
        <source>Person replaced in every role</source>
        <translation>Persona sostituita in ogni ruolo</translation>
    </message>
    <message>
        <source>Replacement of a person undone</source>
        <translation>Sostituzione di una persona annullata</translation>
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
    <message>
        <source>Part of this entry could not be read from the database: Help &gt; Check database says more.</source>
        <translation>Non è stato possibile leggere dal database una parte di questa voce: Aiuto &gt; Controlla il database fornisce maggiori dettagli.</translation>
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
    <message>
        <source>Roles</source>
        <translation>Ruoli</translation>
    </message>
    <message>
        <source>Clear the person filter</source>
        <translation>Cancella il filtro per persona</translation>
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
    <message numerus="yes">
        <source>it starts with the UTF-8 mark, but line(s) {lines} are not UTF-8 text: save it again as “CSV UTF-8”.</source>
        <translation>
            <numerusform>inizia con il marcatore UTF-8, ma la riga {lines} non è testo UTF-8: salvalo di nuovo come “CSV UTF-8”.</numerusform>
            <numerusform>inizia con il marcatore UTF-8, ma le righe {lines} non sono testo UTF-8: salvalo di nuovo come “CSV UTF-8”.</numerusform>
        </translation>
    </message>
    <message>
        <source>its first line “{line}” names a separator that can&apos;t be used: write one character after “sep=”, such as sep=;</source>
        <translation>la prima riga “{line}” indica un separatore che non si può usare: scrivi un solo carattere dopo “sep=”, ad esempio sep=;</translation>
    </message>
    <message>
        <source>line {line} has a field longer than {count} characters.</source>
        <translation>la riga {line} ha un campo di oltre {count} caratteri.</translation>
    </message>
    <message>
        <source>line {line} can&apos;t be read as CSV.</source>
        <translation>impossibile leggere la riga {line} come CSV.</translation>
    </message>
    <message numerus="yes">
        <source>the column(s) {columns} could not be matched to a field; say which field each holds, or leave it out.</source>
        <translation>
            <numerusform>non è stato possibile associare la colonna {columns} a un campo: indica quale campo contiene, oppure tralasciala.</numerusform>
            <numerusform>non è stato possibile associare le colonne {columns} a un campo: indica quale campo contiene ciascuna, oppure tralasciale.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n user(s) from {file}</source>
        <translation>
            <numerusform>Importato %n utente da {file}</numerusform>
            <numerusform>Importati %n utenti da {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>it is nested too deeply to be an exported account.</source>
        <translation>ha troppi livelli annidati per essere un account esportato.</translation>
    </message>
    <message>
        <source>it holds a number too long to be an exported account.</source>
        <translation>contiene un numero troppo lungo per essere un account esportato.</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Escluso</translation>
    </message>
    <message>
        <source>A guest account ({value}): not imported as an active user.</source>
        <translation>Un account ospite ({value}): non importato come utente attivo.</translation>
    </message>
    <message>
        <source>A bot ({value}): not imported as an active user.</source>
        <translation>Un bot ({value}): non importato come utente attivo.</translation>
    </message>
    <message>
        <source>Deactivated ({value}): not imported as an active user.</source>
        <translation>Disattivato ({value}): non importato come utente attivo.</translation>
    </message>
    <message>
        <source>This row has {cells} cells where the header has {columns} (a separator inside a value?): it is not read, so that no value lands in the wrong column.</source>
        <translation>Questa riga ha {cells} celle mentre l&apos;intestazione ne ha {columns} (un separatore dentro un valore?): non viene letta, perché nessun valore finisca nella colonna sbagliata.</translation>
    </message>
    <message>
        <source>Name split from “{full}”: first name {first}, last name {last}.</source>
        <translation>Nome diviso da “{full}”: nome {first}, cognome {last}.</translation>
    </message>
    <message>
        <source>The template&apos;s example row ({domain}): delete it, it is not imported.</source>
        <translation>La riga di esempio del modello ({domain}): eliminala, non viene importata.</translation>
    </message>
    <message>
        <source>The address is the primary SMTP address of “{column}”.</source>
        <translation>L&apos;indirizzo è l&apos;indirizzo SMTP principale di “{column}”.</translation>
    </message>
    <message>
        <source>The address is the sign-in name (“{column}”).</source>
        <translation>L&apos;indirizzo è il nome di accesso (“{column}”).</translation>
    </message>
    <message>
        <source>it holds more than {count} cards: split it into smaller files.</source>
        <translation>contiene più di {count} schede: dividilo in file più piccoli.</translation>
    </message>
    <message>
        <source>it holds no vCard (no BEGIN:VCARD line).</source>
        <translation>non contiene alcuna vCard (nessuna riga BEGIN:VCARD).</translation>
    </message>
    <message>
        <source>it is not an Excel workbook (.xlsx), or it is damaged.</source>
        <translation>non è una cartella di lavoro Excel (.xlsx), oppure è danneggiato.</translation>
    </message>
    <message>
        <source>the workbook is protected by a password: open it in Excel, remove the password and save it again.</source>
        <translation>la cartella di lavoro è protetta da password: aprila in Excel, togli la password e salvala di nuovo.</translation>
    </message>
    <message>
        <source>it is an old Excel 97-2003 workbook (.xls): save it again as .xlsx or as CSV.</source>
        <translation>è una vecchia cartella di lavoro di Excel 97-2003 (.xls): salvala di nuovo come .xlsx o come CSV.</translation>
    </message>
    <message>
        <source>it unpacks to more than {size} MB: save the sheet as CSV instead.</source>
        <translation>decompresso supera i {size} MB: salva invece il foglio come CSV.</translation>
    </message>
    <message>
        <source>it has no sheet “{sheet}”; its sheets are {names}.</source>
        <translation>non ha un foglio “{sheet}”; i suoi fogli sono {names}.</translation>
    </message>
    <message>
        <source>the sheet “{sheet}” is empty.</source>
        <translation>il foglio “{sheet}” è vuoto.</translation>
    </message>
    <message>
        <source>the sheet has more than {count} rows: split it into smaller files.</source>
        <translation>il foglio ha più di {count} righe: dividilo in file più piccoli.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
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
    <message numerus="yes">
        <source>No field was recognised for the column(s) %1: choose the field each holds, or leave it out.</source>
        <translation>
            <numerusform>Nessun campo riconosciuto per la colonna %1: scegli il campo che contiene, oppure tralasciala.</numerusform>
            <numerusform>Nessun campo riconosciuto per le colonne %1: scegli il campo che contiene ciascuna, oppure tralasciale.</numerusform>
        </translation>
    </message>
    <message>
        <source>Users files (*.csv *.txt *.xlsx *.vcf);;CSV files (*.csv *.txt);;Excel workbooks (*.xlsx);;vCard files (*.vcf);;All files (*)</source>
        <translation>File di utenti (*.csv *.txt *.xlsx *.vcf);;File CSV (*.csv *.txt);;Cartelle di lavoro Excel (*.xlsx);;File vCard (*.vcf);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Foglio:</translation>
    </message>
    <message>
        <source>The sheet of the workbook to import</source>
        <translation>Il foglio della cartella di lavoro da importare</translation>
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
    <message>
        <source>Job title</source>
        <translation>Qualifica</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation>inglese</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italiano</translation>
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
        <source>&amp;Find</source>
        <translation>&amp;Cerca</translation>
    </message>
    <message>
        <source>Find a user (on History: the changes about a person)</source>
        <translation>Cerca un utente (in Cronologia: le modifiche che riguardano una persona)</translation>
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
    <message>
        <source>&amp;Check database...</source>
        <translation>&amp;Controlla il database...</translation>
    </message>
</context>
<context>
    <name>MoveToOffice</name>
    <message>
        <source>Moved onto {target}: accounts: {accounts}, users: {users}, history entries: {history}. The window now shows the office database; the file {file} is left as it was.</source>
        <translation>Spostati in {target}: account: {accounts}, utenti: {users}, voci della cronologia: {history}. La finestra ora mostra il database dell&apos;ufficio; il file {file} resta così com&apos;era.</translation>
    </message>
    <message>
        <source>Moved to the office database</source>
        <translation>Spostato nel database dell&apos;ufficio</translation>
    </message>
    <message>
        <source>Moving to the office database</source>
        <translation>Spostamento nel database dell&apos;ufficio</translation>
    </message>
    <message>
        <source>Copying the accounts...</source>
        <translation>Copia degli account in corso...</translation>
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
    <message>
        <source>Upgrades</source>
        <translation>Aggiornamenti</translation>
    </message>
    <message>
        <source>{notices} and {last}</source>
        <translation>{notices} e {last}</translation>
    </message>
</context>
<context>
    <name>NoticeMail</name>
    <message>
        <source>History entry {number} is not a change of a point of contact: there is nobody to tell.</source>
        <translation>La voce {number} della cronologia non è una modifica di un punto di contatto: non c&apos;è nessuno da informare.</translation>
    </message>
    <message>
        <source>No point of contact of this account has changed yet.</source>
        <translation>Nessun punto di contatto di questo account è ancora cambiato.</translation>
    </message>
    <message>
        <source>January</source>
        <translation>gennaio</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febbraio</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>aprile</translation>
    </message>
    <message>
        <source>May</source>
        <translation>maggio</translation>
    </message>
    <message>
        <source>June</source>
        <translation>giugno</translation>
    </message>
    <message>
        <source>July</source>
        <translation>luglio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>settembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>ottobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>dicembre</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Gentile utente,</translation>
    </message>
    <message>
        <source>Hello {names},</source>
        <translation>Gentile {names},</translation>
    </message>
    <message>
        <source>{account}: change of the {roles}</source>
        <translation>{account}: cambio di ruolo, {roles}</translation>
    </message>
    <message>
        <source>Since {date} you are the {roles} of the account “{account}”.</source>
        <translation>Dal {date} ricoprite il ruolo di {roles} per l&apos;account “{account}”.</translation>
    </message>
    <message>
        <source>Until then it was {people}, who receives a copy of this message.</source>
        <translation>Fino ad allora il ruolo era di {people}, che riceve una copia di questo messaggio.</translation>
    </message>
    <message>
        <source>From now on you will receive: {notices}.</source>
        <translation>D&apos;ora in poi riceverete: {notices}.</translation>
    </message>
    <message>
        <source>Since {date} you are no longer the {roles} of the account “{account}”.</source>
        <translation>Dal {date} non ricoprite più il ruolo di {roles} per l&apos;account “{account}”.</translation>
    </message>
    <message>
        <source>If this is not right, please reply to this message.</source>
        <translation>Se non è corretto, rispondete a questo messaggio.</translation>
    </message>
    <message>
        <source>The notices can be in English (en) or Italian (it), not {lang}.</source>
        <translation>Le comunicazioni possono essere in inglese (en) o in italiano (it), non {lang}.</translation>
    </message>
    <message>
        <source>There is no history entry {number} in this account.</source>
        <translation>In questo account non c&apos;è la voce {number} della cronologia.</translation>
    </message>
</context>
<context>
    <name>OfficeActions</name>
    <message>
        <source>Open the contacts your office keeps on a PostgreSQL server</source>
        <translation>Apri i contatti che l&apos;ufficio tiene su un server PostgreSQL</translation>
    </message>
    <message>
        <source>Connect to an o&amp;ffice database...</source>
        <translation>Connetti a un database dell&apos;u&amp;fficio...</translation>
    </message>
    <message>
        <source>Open recen&amp;t</source>
        <translation>Apri un &amp;database recente</translation>
    </message>
    <message>
        <source>Move to an office databa&amp;se...</source>
        <translation>Sp&amp;osta in un database dell&apos;ufficio...</translation>
    </message>
    <message>
        <source>Copy every account of this file onto an office database, and open it there</source>
        <translation>Copia ogni account di questo file in un database dell&apos;ufficio e aprilo lì</translation>
    </message>
    <message>
        <source>No database opened yet</source>
        <translation>Nessun database aperto finora</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Svuota l&apos;elenco</translation>
    </message>
    <message>
        <source>Database not found</source>
        <translation>Database non trovato</translation>
    </message>
    <message>
        <source>{path} is no longer there, so it was taken off Open recent.</source>
        <translation>{path} non esiste più ed è stato tolto da Apri un database recente.</translation>
    </message>
    <message>
        <source>Connecting to {database}...</source>
        <translation>Connessione a {database} in corso...</translation>
    </message>
    <message>
        <source>The system keyring could not keep the password: it will be asked for next time.</source>
        <translation>Il portachiavi di sistema non ha potuto memorizzare la password: verrà richiesta la prossima volta.</translation>
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
        <source>Replace in every acco&amp;unt...</source>
        <translation>&amp;Sostituisci in tutti gli account...</translation>
    </message>
    <message>
        <source>Give every role of this person, in every account, to someone else</source>
        <translation>Assegna a un&apos;altra persona ogni ruolo di questa persona, in tutti gli account</translation>
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
    <message>
        <source>External address</source>
        <translation>Indirizzo esterno</translation>
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
    <message>
        <source>%1 left out (guests, bots or deactivated members).</source>
        <translation>%1 esclusi (ospiti, bot o membri disattivati).</translation>
    </message>
    <message>
        <source>Recognised: %1.</source>
        <translation>Riconosciuto: %1.</translation>
    </message>
    <message>
        <source>vCard file, one row per card.</source>
        <translation>File vCard, una riga per scheda.</translation>
    </message>
    <message>
        <source>Excel sheet “%1”.</source>
        <translation>Foglio Excel “%1”.</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>This database can only be read: changes are disabled.</source>
        <translation>Questo database si può solo leggere: le modifiche sono disattivate.</translation>
    </message>
    <message>
        <source>{database} or its folder can&apos;t be written to. To make changes, copy it to a folder you can write to and open the copy.</source>
        <translation>Non si può scrivere in {database} o nella sua cartella. Per fare modifiche, copialo in una cartella in cui puoi scrivere e apri la copia.</translation>
    </message>
    <message>
        <source>You can only read this office database: changes are disabled.</source>
        <translation>Questo database dell&apos;ufficio è solo in lettura per voi: le modifiche sono disattivate.</translation>
    </message>
    <message>
        <source>The server lets {user} read {database} but not change it. To make changes, ask whoever runs the server to make you an editor.</source>
        <translation>Il server consente a {user} di leggere {database} ma non di modificarlo. Per apportare modifiche, chiedere a chi gestisce il server di essere abilitati come editor.</translation>
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
        <source>Nobody (leave the role empty)</source>
        <translation>Nessuno (lascia il ruolo vuoto)</translation>
    </message>
    <message>
        <source>The {role} may also be an external address.</source>
        <translation>Il {role} può anche essere un indirizzo esterno all&apos;account.</translation>
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
    <message>
        <source>Select a user</source>
        <translation>Il contatto per la sicurezza può anche essere un indirizzo esterno.</translation>
    </message>
    <message>
        <source>Select a user or type an external address</source>
        <translation>Seleziona un utente o scrivi un indirizzo esterno</translation>
    </message>
</context>
<context>
    <name>Replace</name>
    <message>
        <source>{email} cannot replace themselves: choose another person.</source>
        <translation>{email} non può sostituire se stesso: scegliete un&apos;altra persona.</translation>
    </message>
    <message>
        <source>Nobody with the address {email} is in any account.</source>
        <translation>Nessun account contiene qualcuno con l&apos;indirizzo {email}.</translation>
    </message>
    <message>
        <source>{email} is not an active user of these accounts: {accounts}. Nothing was changed; add them there first, or let the replacement add them.</source>
        <translation>{email} non è un utente attivo di questi account: {accounts}. Non è stato modificato nulla; aggiungetelo prima lì, oppure lasciate che lo aggiunga la sostituzione.</translation>
    </message>
    <message>
        <source>{email} is not a user of any account, so there is no name to add them with: add them to one account first.</source>
        <translation>{email} non è un utente di alcun account, quindi non c&apos;è un nome con cui aggiungerlo: aggiungetelo prima a un account.</translation>
    </message>
    <message>
        <source>The account {account} changed since the preview was made. Nothing was changed; look at the preview again.</source>
        <translation>L&apos;account {account} è cambiato dopo l&apos;anteprima. Non è stato modificato nulla; controllate di nuovo l&apos;anteprima.</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <source>Replace in every account</source>
        <translation>Sostituisci in tutti gli account</translation>
    </message>
    <message>
        <source>Every role {old} holds goes to the person you choose, in every account at once.</source>
        <translation>Ogni ruolo di {old} passa alla persona che scegliete, in tutti gli account in una volta.</translation>
    </message>
    <message>
        <source>&amp;Successor:</source>
        <translation>&amp;Successore:</translation>
    </message>
    <message>
        <source>Type a name or an email address</source>
        <translation>Digitate un nome o un indirizzo email</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Successore</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>What the replacement changes</source>
        <translation>Cosa cambia la sostituzione</translation>
    </message>
    <message>
        <source>Deactivate {old} everywhere afterwards</source>
        <translation>Disattiva poi {old} ovunque</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>Sostit&amp;uisci</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>{person} (already holds it: the old place is removed)</source>
        <translation>{person} (lo ricopre già: il vecchio posto viene rimosso)</translation>
    </message>
    <message>
        <source>{person} is not an active user of this account</source>
        <translation>{person} non è un utente attivo di questo account</translation>
    </message>
    <message>
        <source>Add {person} to {accounts}, with the name they have elsewhere</source>
        <translation>Aggiungi {person} a {accounts}, con il nome che ha altrove</translation>
    </message>
    <message>
        <source>Choose who takes over.</source>
        <translation>Scegliete chi subentra.</translation>
    </message>
    <message>
        <source>{old} holds no role: there is nothing to hand over.</source>
        <translation>{old} non ricopre alcun ruolo: non c&apos;è nulla da passare.</translation>
    </message>
    <message>
        <source>{moves} in {accounts}.</source>
        <translation>{moves} in {accounts}.</translation>
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
    <message>
        <source>Replace {old} with {new}</source>
        <translation>sostituzione di {old} con {new}</translation>
    </message>
    <message>
        <source>Replaced {old} with {new} in {accounts}</source>
        <translation>{old} sostituito con {new} in {accounts}</translation>
    </message>
</context>
<context>
    <name>RestoreChooser</name>
    <message>
        <source>{kind} (damaged: it can&apos;t be restored)</source>
        <translation>{kind} (danneggiato: non si può ripristinare)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Ripristina un backup</translation>
    </message>
    <message>
        <source>&amp;Backups of this database, newest first:</source>
        <translation>&amp;Backup di questo database, dal più recente:</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Fatto il</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>No backups of this database were found. Choose a file with Other file...</source>
        <translation>Non è stato trovato nessun backup di questo database. Scegli un file con Altro file...</translation>
    </message>
    <message>
        <source>&amp;Other file...</source>
        <translation>&amp;Altro file...</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Ripristina</translation>
    </message>
    <message>
        <source>&amp;Restore...</source>
        <translation>&amp;Ripristina...</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Receives {notices}.</source>
        <translation>Riceve {notices}.</translation>
    </message>
    <message>
        <source>Account primary contact</source>
        <translation>Contatto principale dell&apos;account</translation>
    </message>
    <message>
        <source>Receives every important account notice: {notices}; and {fallbacks} while nobody else receives them.</source>
        <translation>Riceve tutte le notifiche importanti dell&apos;account: {notices}; e {fallbacks} finché nessun altro le riceve.</translation>
    </message>
    <message>
        <source>Billing contact</source>
        <translation>Contatto di fatturazione</translation>
    </message>
    <message>
        <source>Receives copies of {notices}.</source>
        <translation>Riceve copia di {notices}.</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Decision maker</translation>
    </message>
    <message>
        <source>&amp;Decision maker:</source>
        <translation>&amp;Decision maker:</translation>
    </message>
    <message>
        <source>Decides on contracts and renewals; receives {notices}.</source>
        <translation>Decide su contratti e rinnovi; riceve {notices}.</translation>
    </message>
    <message>
        <source>Onboarding contact</source>
        <translation>Contatto per l&apos;onboarding</translation>
    </message>
    <message>
        <source>&amp;Onboarding contact:</source>
        <translation>Contatto per l&apos;&amp;onboarding:</translation>
    </message>
    <message>
        <source>Security contact</source>
        <translation>Contatto per la sicurezza</translation>
    </message>
    <message>
        <source>&amp;Security contact:</source>
        <translation>Contatto per la &amp;sicurezza:</translation>
    </message>
    <message>
        <source>Receives {notices}; may be an external email address.</source>
        <translation>Riceve {notices}; può essere un indirizzo email esterno.</translation>
    </message>
    <message>
        <source>Technical admin</source>
        <translation>Amministratore tecnico</translation>
    </message>
    <message>
        <source>&amp;Technical admin:</source>
        <translation>Amministratore &amp;tecnico:</translation>
    </message>
</context>
<context>
    <name>RoutingModel</name>
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
    <message>
        <source>(external address)</source>
        <translation>(indirizzo esterno)</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>it contains a table this app does not make: {name}</source>
        <translation>contiene una tabella che questa app non crea: {name}</translation>
    </message>
    <message>
        <source>it contains an index this app does not make: {name}</source>
        <translation>contiene un indice che questa app non crea: {name}</translation>
    </message>
    <message>
        <source>it contains a trigger this app does not make: {name}</source>
        <translation>contiene un trigger che questa app non crea: {name}</translation>
    </message>
    <message>
        <source>it contains a view this app does not make: {name}</source>
        <translation>contiene una vista che questa app non crea: {name}</translation>
    </message>
    <message>
        <source>it lacks the table {name} that this app makes</source>
        <translation>manca la tabella {name} che questa app crea</translation>
    </message>
    <message>
        <source>it lacks the index {name} that this app makes</source>
        <translation>manca l&apos;indice {name} che questa app crea</translation>
    </message>
    <message>
        <source>it lacks the trigger {name} that this app makes</source>
        <translation>manca il trigger {name} che questa app crea</translation>
    </message>
    <message>
        <source>it lacks the view {name} that this app makes</source>
        <translation>manca la vista {name} che questa app crea</translation>
    </message>
    <message>
        <source>its table {name} is not defined as this app defines it</source>
        <translation>la tabella {name} non è definita come la definisce questa app</translation>
    </message>
    <message>
        <source>its index {name} is not defined as this app defines it</source>
        <translation>l&apos;indice {name} non è definito come lo definisce questa app</translation>
    </message>
    <message>
        <source>its trigger {name} is not defined as this app defines it</source>
        <translation>il trigger {name} non è definito come lo definisce questa app</translation>
    </message>
    <message>
        <source>its view {name} is not defined as this app defines it</source>
        <translation>la vista {name} non è definita come la definisce questa app</translation>
    </message>
    <message>
        <source>its table {name} lacks the rule {detail}</source>
        <translation>alla tabella {name} manca la regola {detail}</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation> (e altri {count})</translation>
    </message>
    <message>
        <source>{path} can&apos;t be used: {problems}. The file has not been changed.</source>
        <translation>Non è possibile usare {path}: {problems}. Il file non è stato modificato.</translation>
    </message>
</context>
<context>
    <name>StartRecovery</name>
    <message>
        <source>The backup you choose replaces {name}. The file that can&apos;t be opened is kept beside it, renamed.</source>
        <translation>Il backup che scegli sostituisce {name}. Il file che non si riesce ad aprire resta accanto, con un altro nome.</translation>
    </message>
    <message>
        <source>Contact Manager databases (*.db);;All files (*)</source>
        <translation>Database di Contact Manager (*.db);;Tutti i file (*)</translation>
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
        <source>The disk holding {path} could not be read or written: nothing was saved. Check the disk and try again.</source>
        <translation>Non è stato possibile leggere o scrivere il disco che contiene {path}: non è stato salvato nulla. Controlla il disco e riprova.</translation>
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
    <message>
        <source>The server refused the user name or password for {path} ({detail}). Check them (or ~/.pgpass) and try again.</source>
        <translation>Il server ha rifiutato il nome utente o la password per {path} ({detail}). Verificali (o ~/.pgpass) e riprova.</translation>
    </message>
    <message>
        <source>The database server of {path} can&apos;t be reached: {detail}</source>
        <translation>Il server del database di {path} non è raggiungibile: {detail}</translation>
    </message>
    <message>
        <source>The office database {path} has no Contact Manager data yet: its owner sets it up once with: contact-manager-cli server setup --db URL</source>
        <translation>Il database dell&apos;ufficio {path} non contiene ancora i dati di Contact Manager: il proprietario lo prepara una volta con: contact-manager-cli server setup --db URL</translation>
    </message>
    <message>
        <source>The connection to the database server was lost: nothing of this change was saved. Try again once the server can be reached.</source>
        <translation>La connessione al server del database si è interrotta: nulla di questa modifica è stato salvato. Riprova quando il server è di nuovo raggiungibile.</translation>
    </message>
    <message>
        <source>The database server took too long to answer: nothing was saved. Try again.</source>
        <translation>Il server del database ha impiegato troppo tempo a rispondere: non è stato salvato nulla. Riprova.</translation>
    </message>
    <message>
        <source>You can only read this office database ({path}): nothing was saved.</source>
        <translation>È possibile solo leggere questo database dell&apos;ufficio ({path}): non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>Your login has no access to the office database {path}: ask its owner to grant you a role (contact-manager-cli server grant).</source>
        <translation>Il tuo accesso non ha permessi sul database dell&apos;ufficio {path}: chiedi al proprietario di assegnarti un ruolo (contact-manager-cli server grant).</translation>
    </message>
    <message>
        <source>Someone else changed the same data at the same moment: nothing was saved. Look at it again and repeat the change.</source>
        <translation>Qualcun altro ha modificato gli stessi dati nello stesso momento: non è stato salvato nulla. Ricontrolla i dati e ripeti la modifica.</translation>
    </message>
    <message>
        <source>The server has no login role {detail}: its administrator creates it first (CREATE ROLE {detail} LOGIN PASSWORD &apos;...&apos;).</source>
        <translation>Il server non ha il ruolo di accesso {detail}: l&apos;amministratore deve prima crearlo (CREATE ROLE {detail} LOGIN PASSWORD &apos;...&apos;).</translation>
    </message>
    <message>
        <source>{path} is not set up for Contact Manager yet: run contact-manager-cli server setup first.</source>
        <translation>{path} non è ancora pronto per Contact Manager: esegui prima contact-manager-cli server setup.</translation>
    </message>
    <message>
        <source>an office database on a server is backed up as JSON exports</source>
        <translation>il backup di un database dell&apos;ufficio su un server si fa con le esportazioni JSON</translation>
    </message>
</context>
<context>
    <name>TellThem</name>
    <message>
        <source>Tell them...</source>
        <translation>Informali...</translation>
    </message>
    <message>
        <source>Prepare a message to the new and the previous holder of the role</source>
        <translation>Prepara un messaggio per il nuovo e il precedente titolare del ruolo</translation>
    </message>
    <message>
        <source>Tell them</source>
        <translation>Informali</translation>
    </message>
</context>
<context>
    <name>TellThemDialog</name>
    <message>
        <source>Tell them</source>
        <translation>Informali</translation>
    </message>
    <message>
        <source>&amp;Language of the message:</source>
        <translation>&amp;Lingua del messaggio:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>A:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Oggetto:</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglese</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>Text of the message</source>
        <translation>Testo del messaggio</translation>
    </message>
    <message>
        <source>&amp;Open in mail client</source>
        <translation>&amp;Apri nel programma di posta</translation>
    </message>
    <message>
        <source>&amp;Save as draft...</source>
        <translation>&amp;Salva come bozza...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Nothing is sent by Contact Manager: your mail client sends the message.</source>
        <translation>Contact Manager non invia nulla: il messaggio lo invia il vostro programma di posta.</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>No mail client opened the message: save it as a draft and open that instead.</source>
        <translation>Nessun programma di posta ha aperto il messaggio: salvatelo come bozza e aprite quella.</translation>
    </message>
    <message>
        <source>The message is in your mail client, ready to send.</source>
        <translation>Il messaggio è nel vostro programma di posta, pronto da inviare.</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>Impossibile salvare {path}: {reason}</translation>
    </message>
    <message>
        <source>Saved the message as {path}.</source>
        <translation>Messaggio salvato come {path}.</translation>
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
        <source>The new user is not saved yet.</source>
        <translation>Il nuovo utente non è ancora stato salvato.</translation>
    </message>
    <message>
        <source>The changes to {person} are not saved yet.</source>
        <translation>Le modifiche a {person} non sono ancora state salvate.</translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation>Scartare quello che hai scritto?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Scarta</translation>
    </message>
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
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Aggi&amp;ungi</translation>
    </message>
    <message>
        <source>Phone number check</source>
        <translation>Controllo del numero di telefono</translation>
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
        <source>A name can be at most {count} characters long.</source>
        <translation>Un nome può contenere al massimo {count} caratteri.</translation>
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
    <message>
        <source>Part of this user could not be read from the database: Help &gt; Check database says more.</source>
        <translation>Non è stato possibile leggere dal database una parte di questo utente: Aiuto &gt; Controlla il database fornisce maggiori dettagli.</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>No user matches “{search}”.</source>
        <translation>Nessun utente corrisponde a «{search}».</translation>
    </message>
    <message>
        <source>This account has no users yet. Add its people with Add..., or bring them from a file with File &gt; Import users...</source>
        <translation>Questo account non ha ancora utenti. Aggiungi le persone con Aggiungi..., oppure portale da un file con File &gt; Importa utenti...</translation>
    </message>
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
        <source>Users of the account</source>
        <translation>Utenti dell&apos;account</translation>
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
    <message>
        <source>Replace in every acco&amp;unt...</source>
        <translation>&amp;Sostituisci in tutti gli account...</translation>
    </message>
    <message>
        <source>Give every role of the selected user, in every account, to someone else</source>
        <translation>Assegna a un&apos;altra persona ogni ruolo dell&apos;utente selezionato, in tutti gli account</translation>
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
    <message>
        <source>&amp;Add...</source>
        <translation>Aggi&amp;ungi...</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Cancella la ricerca</translation>
    </message>
</context>
<context>
    <name>UnsavedTyping</name>
    <message>
        <source>Close without what you typed?</source>
        <translation>Chiudere senza quello che hai scritto?</translation>
    </message>
    <message>
        <source>Some of what you typed on Company information was refused and is not saved: the fields marked ⚠ say why.</source>
        <translation>Una parte di quello che hai scritto in Informazioni sull&apos;azienda è stata rifiutata e non è salvata: i campi segnati con ⚠ dicono perché.</translation>
    </message>
    <message>
        <source>&amp;Close without it</source>
        <translation>&amp;Chiudi senza salvarlo</translation>
    </message>
</context>
</TS>
