<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en_US">
<context>
    <name>AccountBillingTab</name>
    <message>
        <location filename="../../contact_manager/ui/account_billing_tab.py" line="+219"/>
        <source>Points of contact</source>
        <translation>Referenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No account is open.</source>
        <translation>Nessun account aperto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health checks</source>
        <translation>Controlli</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Who receives what</source>
        <translation>Chi riceve cosa</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Each kind of notice and who receives it, worked out from the current points of contact.</source>
        <translation>Ogni tipo di notifica e chi la riceve, in base ai referenti attuali.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Billing contacts</source>
        <translation>Contatti di fatturazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{role}:</source>
        <translation>{role}:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit points of contact…</source>
        <translation>Modifica i referenti…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the Company information tab to change the contacts</source>
        <translation>Apri la scheda Informazioni sull&apos;azienda per cambiare i contatti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as reviewed</source>
        <translation>Segna come verificati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record today as the day the contacts were checked</source>
        <translation>Registra oggi come data di verifica dei contatti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per kind of notice, with its recipients</source>
        <translation>Una riga per tipo di notifica, con i destinatari</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Not set</source>
        <translation>Non impostato</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{address} (outside address)</source>
        <translation>{address} (indirizzo esterno)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{person} (deactivated)</source>
        <translation>{person} (disattivato)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check the points of contact, then record the review:</source>
        <translation>Controlla i referenti, poi registra la verifica:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contacts last reviewed on {date}</source>
        <translation>Ultima verifica dei contatti: {date}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Contacts marked as reviewed</source>
        <translation>Contatti segnati come verificati</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
</context>
<context>
    <name>AdminActions</name>
    <message>
        <location filename="../../contact_manager/ui/admin_actions.py" line="+106"/>
        <source>&amp;New account...</source>
        <translation>&amp;Nuovo account...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create another account</source>
        <translation>Crea un altro account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rena&amp;me account...</source>
        <translation>Rino&amp;mina account...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the current account another name</source>
        <translation>Dai un altro nome all&apos;account corrente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete account...</source>
        <translation>E&amp;limina account...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the current account, after a backup of the database</source>
        <translation>Elimina l&apos;account corrente, dopo un backup del database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;users...</source>
        <translation>Importa &amp;utenti...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add users from a CSV file</source>
        <translation>Aggiungi utenti da un file CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import account...</source>
        <translation>&amp;Importa account...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an account from an exported JSON file</source>
        <translation>Crea un account da un file JSON esportato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as &amp;JSON...</source>
        <translation>Esporta in &amp;JSON...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the account to a JSON file</source>
        <translation>Salva l&apos;account in un file JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as &amp;CSV...</source>
        <translation>Esporta in &amp;CSV...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the contacts to a CSV file</source>
        <translation>Salva i contatti in un file CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as &amp;vCard...</source>
        <translation>Esporta in &amp;vCard...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the contacts for an address book</source>
        <translation>Salva i contatti per una rubrica</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print contact sheet to PDF...</source>
        <translation>Stam&amp;pa la scheda dei contatti in PDF...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A printable contact sheet of the account</source>
        <translation>Una scheda stampabile dei contatti dell&apos;account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back up database...</source>
        <translation>&amp;Backup del database...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save a copy of the whole database</source>
        <translation>Salva una copia dell&apos;intero database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore...</source>
        <translation>&amp;Ripristina...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace the database with a backup</source>
        <translation>Sostituisci il database con un backup</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{path} could not be written: {reason}</source>
        <translation>Impossibile scrivere {path}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>New account</source>
        <translation>Nuovo account</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new account:</source>
        <translation>Nome del nuovo account:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create</source>
        <translation>Crea</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Created the account {name}.</source>
        <translation>Account {name} creato.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rename account</source>
        <translation>Rinomina account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name of “{name}”:</source>
        <translation>Nuovo nome di “{name}”:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>Rinomina</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Renamed {old} to {new}.</source>
        <translation>{old} rinominato in {new}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Deleted the account {name}. A backup made before was saved to {path}.</source>
        <translation>Account {name} eliminato. Il backup fatto prima è stato salvato in {path}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>File CSV (*.csv *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import users</source>
        <translation>Importa utenti</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save refused rows</source>
        <translation>Salva righe rifiutate</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+22"/>
        <source>Import account</source>
        <translation>Importa account</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Contact Manager accounts (*.json);;All files (*)</source>
        <translation>Account di Contact Manager (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Import it as a new account called:</source>
        <translation>Importalo come nuovo account con il nome:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} (imported)</source>
        <translation>{name} (importato)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported the account {name}.</source>
        <translation>Account {name} importato.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export account</source>
        <translation>Esporta account</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exported {name} to {path}.</source>
        <translation>{name} esportato in {path}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>JSON files (*.json)</source>
        <translation>File JSON (*.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>vCard files (*.vcf)</source>
        <translation>File vCard (*.vcf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Back up database</source>
        <translation>Backup del database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact Manager databases (*.db)</source>
        <translation>Database di Contact Manager (*.db)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Backed up the database to {path}.</source>
        <translation>Backup del database salvato in {path}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <source>Restore a backup</source>
        <translation>Ripristina un backup</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Contact Manager databases (*.db);;All files (*)</source>
        <translation>Database di Contact Manager (*.db);;Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replace all the data with this backup?</source>
        <translation>Sostituire tutti i dati con questo backup?</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
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
        <location line="+7"/>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restored the backup {path}. The data from before was saved to {saved}.</source>
        <translation>Backup {path} ripristinato. I dati precedenti sono stati salvati in {saved}.</translation>
    </message>
</context>
<context>
    <name>AdminGui</name>
    <message>
        <location filename="../../contact_manager/ui/admin_gui.py" line="+23"/>
        <source>Users</source>
        <translation>Utenti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../contact_manager/services/backups.py" line="+38"/>
        <source>{path} is the database in use, not a backup: choose a backup file to restore.</source>
        <translation>{path} è il database in uso, non un backup: scegli un file di backup da ripristinare.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>there is no such file.</source>
        <translation>il file non esiste.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../contact_manager/cli/__init__.py" line="+40"/>
        <source>Keep the points of contact of company accounts: primary, billing and other contacts.</source>
        <translation>Gestisci i referenti degli account aziendali: contatto principale, contatti di fatturazione e altri contatti.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit status: 0 done, 1 refused (the reason is printed on one line), 2 wrong usage.</source>
        <translation>Codice di uscita: 0 fatto, 1 rifiutato (il motivo è stampato su una riga), 2 uso errato.</translation>
    </message>
    <message>
        <location filename="../../contact_manager/cli/accounts.py" line="+16"/>
        <source>create the database if needed, and an account in it (--account NAME)</source>
        <translation>crea il database se serve, e un account al suo interno (--account NOME)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the accounts in the database</source>
        <translation>gli account del database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the accounts</source>
        <translation>elenca gli account</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the following arguments are required: --account</source>
        <translation>è obbligatorio il seguente argomento: --account</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created the account “{name}” in {path}.</source>
        <translation>Creato l&apos;account “{name}” in {path}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database has no accounts yet.</source>
        <translation>Il database non contiene ancora account.</translation>
    </message>
    <message>
        <location filename="../../contact_manager/cli/common.py" line="+59"/>
        <source>the database file or sqlite:/// URL (default: $CONTACT_MANAGER_DB, else contacts.db in the per-user data folder)</source>
        <translation>il file del database o un URL sqlite:/// (predefinito: $CONTACT_MANAGER_DB, altrimenti contacts.db nella cartella dati dell&apos;utente)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the language of the messages (default: the system&apos;s)</source>
        <translation>la lingua dei messaggi (predefinita: quella del sistema)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the account to work on (needed when the database holds several)</source>
        <translation>l&apos;account su cui lavorare (necessario se il database ne contiene più di uno)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>There is no database at {path}. Create it with: {prog} init --account NAME</source>
        <translation>Non c&apos;è un database in {path}. Crealo con: {prog} init --account NOME</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The database {path} has no account yet. Create one with: {prog} init --account NAME</source>
        <translation>Il database {path} non ha ancora un account. Creane uno con: {prog} init --account NOME</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database holds several accounts; choose one with --account: {names}</source>
        <translation>Il database contiene più account; scegline uno con --account: {names}</translation>
    </message>
    <message>
        <location filename="../../contact_manager/cli/contacts.py" line="+17"/>
        <source>the account&apos;s points of contact</source>
        <translation>i referenti dell&apos;account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show every point of contact</source>
        <translation>mostra tutti i referenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../contact_manager/cli/history.py" line="+16"/>
        <location filename="../../contact_manager/cli/users.py" line="+23"/>
        <source>print JSON</source>
        <translation>stampa in JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../contact_manager/cli/users.py" line="+9"/>
        <source>the user&apos;s email address</source>
        <translation>l&apos;indirizzo email dell&apos;utente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give a role to a user (the security contact may be an outside address)</source>
        <translation>assegna un ruolo a un utente (il contatto per la sicurezza può essere un indirizzo esterno)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add a billing contact</source>
        <translation>aggiungi un contatto di fatturazione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>remove a billing contact</source>
        <translation>rimuovi un contatto di fatturazione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>leave a role without a holder</source>
        <translation>lascia un ruolo senza titolare</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Added {person} as a billing contact ({count} of {cap}).</source>
        <translation>{person} aggiunto come contatto di fatturazione ({count} di {cap}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{email} is not a billing contact of “{account}”.</source>
        <translation>{email} non è un contatto di fatturazione di “{account}”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed {person} from the billing contacts.</source>
        <translation>{person} rimosso dai contatti di fatturazione.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{role}: nobody held it; nothing changed.</source>
        <translation>{role}: nessuno lo ricopriva; nessuna modifica.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{role}: cleared.</source>
        <translation>{role}: rimosso.</translation>
    </message>
    <message>
        <location filename="../../contact_manager/cli/history.py" line="-2"/>
        <source>every change made to the account, newest first</source>
        <translation>tutte le modifiche all&apos;account, dalla più recente</translation>
    </message>
    <message>
        <location filename="../../contact_manager/cli/output.py" line="+57"/>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{email} (outside address)</source>
        <translation>{email} (indirizzo esterno)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{person} (deactivated)</source>
        <translation>{person} (disattivato)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Account: {name}</source>
        <translation>Account: {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>active</source>
        <translation>attivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deactivated</source>
        <translation>disattivato</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account has no users yet.</source>
        <translation>L&apos;account non ha ancora utenti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Ruoli</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{old} → (none)</source>
        <translation>{old} → (nessuno)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No changes recorded yet.</source>
        <translation>Nessuna modifica registrata finora.</translation>
    </message>
    <message>
        <location filename="../../contact_manager/cli/exchange.py" line="+22"/>
        <location filename="../../contact_manager/cli/users.py" line="-19"/>
        <source>the users of an account</source>
        <translation>gli utenti di un account</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>import users from a CSV file (the accepted rows, in one transaction)</source>
        <translation>importa utenti da un file CSV (le righe accettate, in un&apos;unica transazione)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the CSV file to read</source>
        <translation>il file CSV da leggere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print every row&apos;s verdict; import nothing</source>
        <translation>stampa l&apos;esito di ogni riga; non importa nulla</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>which column holds a field when the headers are not recognised: FIELD is first, last, email, title or phone; COLUMN a number (1 = first column) or a header; repeat for each</source>
        <translation>quale colonna contiene un campo quando le intestazioni non sono riconosciute: CAMPO è first, last, email, title o phone; COLONNA un numero (1 = prima colonna) o un&apos;intestazione; ripetere per ciascuno</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>also write the refused rows to this CSV file</source>
        <translation>scrivi anche le righe rifiutate in questo file CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export the account&apos;s contact sheet</source>
        <translation>esporta la scheda dei contatti dell&apos;account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file format</source>
        <translation>il formato del file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file to write</source>
        <translation>il file da scrivere</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>create an account from an exported JSON file (named as in the file, or by --account); an existing account is never overwritten</source>
        <translation>crea un account da un file JSON esportato (con il nome del file o quello di --account); un account esistente non viene mai sovrascritto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the JSON file to read</source>
        <translation>il file JSON da leggere</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the new account&apos;s name (default: the name in the file)</source>
        <translation>il nome del nuovo account (predefinito: il nome nel file)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--map takes FIELD=COLUMN, with FIELD one of first, last, email, title, phone.</source>
        <translation>--map vuole CAMPO=COLONNA, con CAMPO tra first, last, email, title, phone.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file has no column {column}.</source>
        <translation>Il file non ha la colonna {column}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>line {line}: {verdict}: {who}</source>
        <translation>riga {line}: {verdict}: {who}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Dry run: {new} new, {present} already present, {refused} refused; nothing imported.</source>
        <translation>Prova: {new} nuovi, {present} già presenti, {refused} rifiutati; non è stato importato nulla.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Imported {imported} users into {account}: {present} already present, {refused} refused.</source>
        <translation>Importati {imported} utenti in {account}: {present} già presenti, {refused} rifiutati.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Can&apos;t write {path}: {reason}</source>
        <translation>Impossibile scrivere {path}: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported {account} to {path}.</source>
        <translation>Esportato {account} in {path}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Created the account {account} from {file}.</source>
        <translation>Creato l&apos;account {account} da {file}.</translation>
    </message>
    <message>
        <location filename="../../contact_manager/cli/users.py" line="+2"/>
        <source>add a user to the account</source>
        <translation>aggiungi un utente all&apos;account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first name</source>
        <translation>nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last name</source>
        <translation>cognome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email address</source>
        <translation>indirizzo email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>job title</source>
        <translation>qualifica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone number</source>
        <translation>numero di telefono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list the users and the roles they hold</source>
        <translation>elenca gli utenti e i loro ruoli</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused while they hold a role</source>
        <translation>rifiutato finché ricopre un ruolo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deactivate a user</source>
        <translation>disattiva un utente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reactivate a user</source>
        <translation>riattiva un utente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove a user</source>
        <translation>rimuovi un utente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added the user {person}.</source>
        <translation>Utente aggiunto: {person}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{person} was already deactivated.</source>
        <translation>L&apos;utente {person} era già disattivato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivated {person}.</source>
        <translation>Utente disattivato: {person}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{person} was already active.</source>
        <translation>L&apos;utente {person} era già attivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactivated {person}.</source>
        <translation>Utente riattivato: {person}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed the user {person}.</source>
        <translation>Utente rimosso: {person}.</translation>
    </message>
</context>
<context>
    <name>ColumnMappingPage</name>
    <message>
        <location filename="../../contact_manager/ui/import_mapping.py" line="+80"/>
        <source>Choose which column of the file holds each field: the email address and a first or last name are needed.</source>
        <translation>Indica quale colonna del file contiene ogni campo: servono l&apos;indirizzo email e un nome o un cognome.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first line holds column titles</source>
        <translation>La prima riga contiene i titoli delle colonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show preview</source>
        <translation>Mostra anteprima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first lines of the file:</source>
        <translation>Le prime righe del file:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first lines of the file</source>
        <translation>Le prime righe del file</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>(not in the file)</source>
        <translation>(non presente nel file)</translation>
    </message>
</context>
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
    <name>CompanyDetailsBox</name>
    <message>
        <location filename="../../contact_manager/ui/company_details.py" line="+63"/>
        <source>Company details</source>
        <translation>Dati dell&apos;azienda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company &amp;name:</source>
        <translation>&amp;Ragione sociale:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add&amp;ress:</source>
        <translation>I&amp;ndirizzo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;untry:</source>
        <translation>&amp;Paese:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>T&amp;elefono:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Website:</source>
        <translation>Sito &amp;web:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT nu&amp;mber:</source>
        <translation>Partita &amp;IVA:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(not set)</source>
        <translation>(non impostato)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{field} saved</source>
        <translation>{field} salvato</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>change {field}</source>
        <translation>modifica {field}</translation>
    </message>
</context>
<context>
    <name>CompanyInfoTab</name>
    <message>
        <location filename="../../contact_manager/ui/company_info_tab.py" line="+153"/>
        <location line="+1"/>
        <source>Account primary contact</source>
        <translation>Contatto principale dell&apos;account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing contacts</source>
        <translation>Contatti di fatturazione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Billing contact {number} of {cap}</source>
        <translation>Contatto di fatturazione {number} di {cap}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove billing contact {number}</source>
        <translation>Rimuovi il contatto di fatturazione {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up to {cap} people who receive invoices and payment notices.</source>
        <translation>Fino a {cap} persone che ricevono fatture e avvisi di pagamento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No billing contact yet: invoices go to the primary contact.</source>
        <translation>Ancora nessun contatto di fatturazione: le fatture vanno al contatto principale.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add another</source>
        <translation>A&amp;ggiungi un altro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add another billing contact</source>
        <translation>Aggiungi un altro contatto di fatturazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other contacts</source>
        <translation>Altri contatti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Decision maker:</source>
        <translation>&amp;Decision maker:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Onboarding contact:</source>
        <translation>Contatto per l&apos;&amp;onboarding:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Security contact:</source>
        <translation>Contatto per la &amp;sicurezza:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Technical admin:</source>
        <translation>Amministratore &amp;tecnico:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a user, or type an outside email address for a security contact.</source>
        <translation>Scegli un utente, oppure scrivi un indirizzo email esterno come contatto per la sicurezza.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receives every important account notice: invoices, upgrades, renewals and the rest.</source>
        <translation>Riceve tutte le notifiche importanti dell&apos;account: fatture, upgrade, rinnovi e il resto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receives copies of invoices, receipts, orders and renewal notices.</source>
        <translation>Riceve copia di fatture, ricevute, ordini e notifiche di rinnovo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decides on contracts and renewals; receives renewal notices.</source>
        <translation>Decide su contratti e rinnovi; riceve le notifiche di rinnovo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receives onboarding notices.</source>
        <translation>Riceve le notifiche di onboarding.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receives security notices; may be an outside email address.</source>
        <translation>Riceve le notifiche di sicurezza; può essere un indirizzo email esterno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receives technical notices.</source>
        <translation>Riceve le notifiche tecniche.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>nobody</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{role}: {person}</source>
        <translation>{role}: {person}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{change} (setting the first primary contact can&apos;t be undone: an account always keeps one; choose another user to change it)</source>
        <translation>{change} (l&apos;impostazione del primo contatto principale non si può annullare: un account ne ha sempre uno; scegli un altro utente per cambiarlo)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>billing contact {number}: {person}</source>
        <translation>contatto di fatturazione {number}: {person}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>billing contact added: {person}</source>
        <translation>contatto di fatturazione aggiunto: {person}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>billing contact removed: {person}</source>
        <translation>contatto di fatturazione rimosso: {person}</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <location filename="../../contact_manager/ui/contact_picker.py" line="+107"/>
        <source>Select a user</source>
        <translation>Seleziona un utente</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>External address</source>
        <translation>Indirizzo esterno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a user of this account: an outside address.</source>
        <translation>Non è un utente di questo account: è un indirizzo esterno.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deactivated</source>
        <translation>Disattivato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This user is deactivated: choose an active user for this role.</source>
        <translation>Questo utente è disattivato: scegli un utente attivo per questo ruolo.</translation>
    </message>
</context>
<context>
    <name>ContactSheetPdf</name>
    <message>
        <location filename="../../contact_manager/ui/contact_sheet_pdf.py" line="+26"/>
        <source>Not set</source>
        <translation>Non impostato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>outside address</source>
        <translation>indirizzo esterno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deactivated</source>
        <translation>disattivato</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nobody</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contacts last reviewed on {date}.</source>
        <translation>Ultima verifica dei contatti: {date}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The contacts have never been reviewed.</source>
        <translation>I contatti non sono mai stati verificati.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holder</source>
        <translation>Titolare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice</source>
        <translation>Notifica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Destinatari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points of contact</source>
        <translation>Referenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who receives which notice</source>
        <translation>Chi riceve quale notifica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points of contact, printed on {date}.</source>
        <translation>Referenti, stampato il {date}.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The PDF could not be written.</source>
        <translation>Impossibile scrivere il PDF.</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <location filename="../../contact_manager/domain/countries.py" line="+16"/>
        <source>Ascension Island</source>
        <translation>Isola di Ascensione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Andorra</source>
        <translation>Andorra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Arab Emirates</source>
        <translation>Emirati Arabi Uniti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afghanistan</source>
        <translation>Afghanistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antigua &amp; Barbuda</source>
        <translation>Antigua e Barbuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anguilla</source>
        <translation>Anguilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Albania</source>
        <translation>Albania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Armenia</source>
        <translation>Armenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angola</source>
        <translation>Angola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antarctica</source>
        <translation>Antartide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argentina</source>
        <translation>Argentina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>American Samoa</source>
        <translation>Samoa americane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Austria</source>
        <translation>Austria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aruba</source>
        <translation>Aruba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åland Islands</source>
        <translation>Isole Åland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azerbaijan</source>
        <translation>Azerbaigian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bosnia &amp; Herzegovina</source>
        <translation>Bosnia ed Erzegovina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barbados</source>
        <translation>Barbados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bangladesh</source>
        <translation>Bangladesh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belgium</source>
        <translation>Belgio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burkina Faso</source>
        <translation>Burkina Faso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulgaria</source>
        <translation>Bulgaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahrain</source>
        <translation>Bahrein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burundi</source>
        <translation>Burundi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benin</source>
        <translation>Benin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St. Barthélemy</source>
        <translation>Saint-Barthélemy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bermuda</source>
        <translation>Bermuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brunei</source>
        <translation>Brunei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bolivia</source>
        <translation>Bolivia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caribbean Netherlands</source>
        <translation>Caraibi olandesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brazil</source>
        <translation>Brasile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahamas</source>
        <translation>Bahamas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bhutan</source>
        <translation>Bhutan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bouvet Island</source>
        <translation>Isola Bouvet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Botswana</source>
        <translation>Botswana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belarus</source>
        <translation>Bielorussia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belize</source>
        <translation>Belize</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cocos (Keeling) Islands</source>
        <translation>Isole Cocos (Keeling)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congo - Kinshasa</source>
        <translation>Congo - Kinshasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central African Republic</source>
        <translation>Repubblica Centrafricana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congo - Brazzaville</source>
        <translation>Congo - Brazzaville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translation>Svizzera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Côte d’Ivoire</source>
        <translation>Costa d’Avorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cook Islands</source>
        <translation>Isole Cook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chile</source>
        <translation>Cile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cameroon</source>
        <translation>Camerun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China</source>
        <translation>Cina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colombia</source>
        <translation>Colombia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clipperton Island</source>
        <translation>Isola di Clipperton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costa Rica</source>
        <translation>Costa Rica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cuba</source>
        <translation>Cuba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cape Verde</source>
        <translation>Capo Verde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curaçao</source>
        <translation>Curaçao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Christmas Island</source>
        <translation>Isola Christmas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyprus</source>
        <translation>Cipro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czechia</source>
        <translation>Cechia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <translation>Germania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diego Garcia</source>
        <translation>Diego Garcia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Djibouti</source>
        <translation>Gibuti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denmark</source>
        <translation>Danimarca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dominica</source>
        <translation>Dominica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dominican Republic</source>
        <translation>Repubblica Dominicana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Algeria</source>
        <translation>Algeria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ceuta &amp; Melilla</source>
        <translation>Ceuta e Melilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ecuador</source>
        <translation>Ecuador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estonia</source>
        <translation>Estonia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Egypt</source>
        <translation>Egitto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Western Sahara</source>
        <translation>Sahara occidentale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eritrea</source>
        <translation>Eritrea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spain</source>
        <translation>Spagna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethiopia</source>
        <translation>Etiopia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finland</source>
        <translation>Finlandia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiji</source>
        <translation>Figi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Falkland Islands</source>
        <translation>Isole Falkland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Micronesia</source>
        <translation>Micronesia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faroe Islands</source>
        <translation>Isole Fær Øer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gabon</source>
        <translation>Gabon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>Regno Unito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grenada</source>
        <translation>Grenada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Georgia</source>
        <translation>Georgia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French Guiana</source>
        <translation>Guyana francese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guernsey</source>
        <translation>Guernsey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghana</source>
        <translation>Ghana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gibraltar</source>
        <translation>Gibilterra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greenland</source>
        <translation>Groenlandia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gambia</source>
        <translation>Gambia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guinea</source>
        <translation>Guinea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guadeloupe</source>
        <translation>Guadalupa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equatorial Guinea</source>
        <translation>Guinea Equatoriale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greece</source>
        <translation>Grecia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Georgia &amp; South Sandwich Islands</source>
        <translation>Georgia del Sud e Sandwich australi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guatemala</source>
        <translation>Guatemala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guam</source>
        <translation>Guam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guinea-Bissau</source>
        <translation>Guinea-Bissau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guyana</source>
        <translation>Guyana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hong Kong SAR China</source>
        <translation>RAS di Hong Kong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heard &amp; McDonald Islands</source>
        <translation>Isole Heard e McDonald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Croatia</source>
        <translation>Croazia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haiti</source>
        <translation>Haiti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hungary</source>
        <translation>Ungheria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canary Islands</source>
        <translation>Isole Canarie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indonesia</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Israel</source>
        <translation>Israele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isle of Man</source>
        <translation>Isola di Man</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>British Indian Ocean Territory</source>
        <translation>Territorio britannico dell’Oceano Indiano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iraq</source>
        <translation>Iraq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iran</source>
        <translation>Iran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iceland</source>
        <translation>Islanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italy</source>
        <translation>Italia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jersey</source>
        <translation>Jersey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jamaica</source>
        <translation>Giamaica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jordan</source>
        <translation>Giordania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japan</source>
        <translation>Giappone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kenya</source>
        <translation>Kenya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kyrgyzstan</source>
        <translation>Kirghizistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cambodia</source>
        <translation>Cambogia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiribati</source>
        <translation>Kiribati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comoros</source>
        <translation>Comore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St. Kitts &amp; Nevis</source>
        <translation>Saint Kitts e Nevis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North Korea</source>
        <translation>Corea del Nord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Korea</source>
        <translation>Corea del Sud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kuwait</source>
        <translation>Kuwait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cayman Islands</source>
        <translation>Isole Cayman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakhstan</source>
        <translation>Kazakistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laos</source>
        <translation>Laos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lebanon</source>
        <translation>Libano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St. Lucia</source>
        <translation>Saint Lucia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liechtenstein</source>
        <translation>Liechtenstein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sri Lanka</source>
        <translation>Sri Lanka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liberia</source>
        <translation>Liberia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesotho</source>
        <translation>Lesotho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lithuania</source>
        <translation>Lituania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luxembourg</source>
        <translation>Lussemburgo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latvia</source>
        <translation>Lettonia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libya</source>
        <translation>Libia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morocco</source>
        <translation>Marocco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monaco</source>
        <translation>Monaco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moldova</source>
        <translation>Moldavia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Montenegro</source>
        <translation>Montenegro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St. Martin</source>
        <translation>Saint Martin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Madagascar</source>
        <translation>Madagascar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marshall Islands</source>
        <translation>Isole Marshall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North Macedonia</source>
        <translation>Macedonia del Nord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mali</source>
        <translation>Mali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Myanmar (Burma)</source>
        <translation>Myanmar (Birmania)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mongolia</source>
        <translation>Mongolia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Macao SAR China</source>
        <translation>RAS di Macao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Northern Mariana Islands</source>
        <translation>Isole Marianne settentrionali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Martinique</source>
        <translation>Martinica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mauritania</source>
        <translation>Mauritania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Montserrat</source>
        <translation>Montserrat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malta</source>
        <translation>Malta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mauritius</source>
        <translation>Mauritius</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maldives</source>
        <translation>Maldive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malawi</source>
        <translation>Malawi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mexico</source>
        <translation>Messico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malaysia</source>
        <translation>Malaysia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mozambique</source>
        <translation>Mozambico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namibia</source>
        <translation>Namibia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Caledonia</source>
        <translation>Nuova Caledonia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niger</source>
        <translation>Niger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norfolk Island</source>
        <translation>Isola Norfolk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nigeria</source>
        <translation>Nigeria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nicaragua</source>
        <translation>Nicaragua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Netherlands</source>
        <translation>Paesi Bassi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norway</source>
        <translation>Norvegia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nepal</source>
        <translation>Nepal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nauru</source>
        <translation>Nauru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niue</source>
        <translation>Niue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Zealand</source>
        <translation>Nuova Zelanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oman</source>
        <translation>Oman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panama</source>
        <translation>Panama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peru</source>
        <translation>Perù</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French Polynesia</source>
        <translation>Polinesia francese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Papua New Guinea</source>
        <translation>Papua Nuova Guinea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Philippines</source>
        <translation>Filippine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pakistan</source>
        <translation>Pakistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poland</source>
        <translation>Polonia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St. Pierre &amp; Miquelon</source>
        <translation>Saint-Pierre e Miquelon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pitcairn Islands</source>
        <translation>Isole Pitcairn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puerto Rico</source>
        <translation>Portorico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Palestinian Territories</source>
        <translation>Territori palestinesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portugal</source>
        <translation>Portogallo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Palau</source>
        <translation>Palau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paraguay</source>
        <translation>Paraguay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qatar</source>
        <translation>Qatar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réunion</source>
        <translation>Riunione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romania</source>
        <translation>Romania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serbia</source>
        <translation>Serbia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russia</source>
        <translation>Russia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rwanda</source>
        <translation>Ruanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saudi Arabia</source>
        <translation>Arabia Saudita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solomon Islands</source>
        <translation>Isole Salomone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seychelles</source>
        <translation>Seychelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sudan</source>
        <translation>Sudan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sweden</source>
        <translation>Svezia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Singapore</source>
        <translation>Singapore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St. Helena</source>
        <translation>Sant’Elena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slovenia</source>
        <translation>Slovenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Svalbard &amp; Jan Mayen</source>
        <translation>Svalbard e Jan Mayen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slovakia</source>
        <translation>Slovacchia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sierra Leone</source>
        <translation>Sierra Leone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>San Marino</source>
        <translation>San Marino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senegal</source>
        <translation>Senegal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somalia</source>
        <translation>Somalia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suriname</source>
        <translation>Suriname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Sudan</source>
        <translation>Sud Sudan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>São Tomé &amp; Príncipe</source>
        <translation>São Tomé e Príncipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>El Salvador</source>
        <translation>El Salvador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sint Maarten</source>
        <translation>Sint Maarten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syria</source>
        <translation>Siria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eswatini</source>
        <translation>Eswatini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tristan da Cunha</source>
        <translation>Tristan da Cunha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turks &amp; Caicos Islands</source>
        <translation>Isole Turks e Caicos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chad</source>
        <translation>Ciad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French Southern Territories</source>
        <translation>Terre australi francesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thailand</source>
        <translation>Thailandia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tajikistan</source>
        <translation>Tagikistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokelau</source>
        <translation>Tokelau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timor-Leste</source>
        <translation>Timor Est</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkmenistan</source>
        <translation>Turkmenistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tunisia</source>
        <translation>Tunisia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tonga</source>
        <translation>Tonga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Türkiye</source>
        <translation>Turchia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trinidad &amp; Tobago</source>
        <translation>Trinidad e Tobago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuvalu</source>
        <translation>Tuvalu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taiwan</source>
        <translation>Taiwan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanzania</source>
        <translation>Tanzania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukraine</source>
        <translation>Ucraina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uganda</source>
        <translation>Uganda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U.S. Outlying Islands</source>
        <translation>Altre isole americane del Pacifico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States</source>
        <translation>Stati Uniti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbekistan</source>
        <translation>Uzbekistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vatican City</source>
        <translation>Città del Vaticano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St. Vincent &amp; Grenadines</source>
        <translation>Saint Vincent e Grenadine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>British Virgin Islands</source>
        <translation>Isole Vergini britanniche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U.S. Virgin Islands</source>
        <translation>Isole Vergini americane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vietnam</source>
        <translation>Vietnam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vanuatu</source>
        <translation>Vanuatu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallis &amp; Futuna</source>
        <translation>Wallis e Futuna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samoa</source>
        <translation>Samoa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kosovo</source>
        <translation>Kosovo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yemen</source>
        <translation>Yemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Africa</source>
        <translation>Sudafrica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zambia</source>
        <translation>Zambia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zimbabwe</source>
        <translation>Zimbabwe</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../contact_manager/crash.py" line="+123"/>
        <source>Contact Manager: something went wrong</source>
        <translation>Contact Manager: si è verificato un problema</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+24"/>
        <source>Unexpected error</source>
        <translation>Errore imprevisto</translation>
    </message>
</context>
<context>
    <name>DeleteAccountDialog</name>
    <message>
        <location filename="../../contact_manager/ui/account_dialogs.py" line="+129"/>
        <location line="+12"/>
        <source>Delete account</source>
        <translation>Elimina account</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Deleting “{name}” removes its users, contacts and history. A backup of the whole database is made first.</source>
        <translation>Eliminando “{name}” si rimuovono i suoi utenti, contatti e cronologia. Prima viene fatto un backup dell&apos;intero database.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the account&apos;s name to confirm:</source>
        <translation>Scrivi il nome dell&apos;account per confermare:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the account&apos;s name to confirm</source>
        <translation>Scrivi il nome dell&apos;account per confermare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../contact_manager/ui/dialogs.py" line="+54"/>
        <source>You can only set up to {cap} billing contacts per account.</source>
        <translation>Puoi impostare al massimo {cap} contatti di fatturazione per account.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The current billing contacts are:
{names}

Remove one of them to add someone else.</source>
        <translation>Gli attuali contatti di fatturazione sono:
{names}

Rimuovine uno per aggiungere un&apos;altra persona.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Billing contacts</source>
        <translation>Contatti di fatturazione</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Invalid email address</source>
        <translation>Indirizzo email non valido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the address, or choose a user from the list. Nothing was saved.</source>
        <translation>Correggi l&apos;indirizzo oppure scegli un utente dall&apos;elenco. Non è stato salvato nulla.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changed elsewhere</source>
        <translation>Modificato altrove</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The window now shows what is saved. Make your change again if it is still needed.</source>
        <translation>La finestra ora mostra i dati salvati. Ripeti la modifica se serve ancora.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact Manager {version}</source>
        <translation>Contact Manager {version}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps the points of contact of company accounts: the primary contact, billing contacts and other contacts.</source>
        <translation>Gestisce i referenti degli account aziendali: il contatto principale, i contatti di fatturazione e gli altri contatti.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About Contact Manager</source>
        <translation>Informazioni su Contact Manager</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open database</source>
        <translation>Apri database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact Manager databases (*.db);;All files (*)</source>
        <translation>Database di Contact Manager (*.db);;Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Contact Manager can&apos;t start</source>
        <translation>Contact Manager non riesce ad avviarsi</translation>
    </message>
</context>
<context>
    <name>EmailValidator</name>
    <message>
        <location filename="../../contact_manager/domain/emails.py" line="+37"/>
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
    <name>Export</name>
    <message>
        <location filename="../../contact_manager/services/exchange.py" line="+254"/>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External</source>
        <translation>Esterno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{account}: {roles}</source>
        <translation>{account}: {roles}</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../contact_manager/ui/first_run.py" line="+109"/>
        <source>Welcome to Contact Manager</source>
        <translation>Benvenuto in Contact Manager</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the company account, then type in its first users: the people you will choose as its primary, billing and other contacts. You can add more later.</source>
        <translation>Dai un nome all&apos;account aziendale, poi inserisci i primi utenti: le persone che sceglierai come contatto principale, contatti di fatturazione e altri contatti. Potrai aggiungerne altri in seguito.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account &amp;name:</source>
        <translation>&amp;Nome dell&apos;account:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account name</source>
        <translation>Nome dell&apos;account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Rossi Costruzioni S.p.A.</source>
        <translation>es. Rossi Costruzioni S.p.A.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First &amp;users:</source>
        <translation>Primi &amp;utenti:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First users</source>
        <translation>Primi utenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;row</source>
        <translation>Aggiungi &amp;riga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create account</source>
        <translation>&amp;Crea account</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Row {row}: {reason}</source>
        <translation>Riga {row}: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row {row}: {email} is typed twice.</source>
        <translation>Riga {row}: {email} è scritto due volte.</translation>
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
    <name>HealthPanel</name>
    <message>
        <location filename="../../contact_manager/ui/health_panel.py" line="+163"/>
        <source>Choose a primary contact</source>
        <translation>Scegli un contatto principale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a billing contact</source>
        <translation>Aggiungi un contatto di fatturazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose someone else</source>
        <translation>Scegli un&apos;altra persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share out the roles</source>
        <translation>Distribuisci i ruoli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a security contact</source>
        <translation>Scegli un contatto per la sicurezza</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All checks passed: every role is filled by an active user and the review is up to date.</source>
        <translation>Tutti i controlli sono superati: ogni ruolo è ricoperto da un utente attivo e la verifica è aggiornata.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Health checks</source>
        <translation>Controlli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to fix in the points of contact, each with a fix button</source>
        <translation>Cosa correggere nei referenti, ciascuno con un pulsante per correggerlo</translation>
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
    <name>HistoryModel</name>
    <message>
        <location filename="../../contact_manager/ui/history_model.py" line="+47"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>Riguarda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old value</source>
        <translation>Valore precedente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value</source>
        <translation>Nuovo valore</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Time (UTC)</source>
        <translation>Ora (UTC)</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../contact_manager/ui/history_tab.py" line="+90"/>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Ruolo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All roles</source>
        <translation>Tutti i ruoli</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the changes of this role</source>
        <translation>Mostra le modifiche di questo ruolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name or email</source>
        <translation>Nome o email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the changes about this person</source>
        <translation>Mostra le modifiche che riguardano questa persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport CSV...</source>
        <translation>E&amp;sporta CSV...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the changes shown as CSV</source>
        <translation>Esporta in CSV le modifiche mostrate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes of the account, newest first</source>
        <translation>Modifiche dell&apos;account, dalla più recente</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>history.csv</source>
        <translation>cronologia.csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{account} history.csv</source>
        <translation>{account} cronologia.csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export history</source>
        <translation>Esporta la cronologia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>File CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The history could not be written to {path}: {reason}</source>
        <translation>Impossibile scrivere la cronologia in {path}: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
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
        <location filename="../../contact_manager/domain/csv_import.py" line="+51"/>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Qualifica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“{name}” can&apos;t be imported: {problem}</source>
        <translation>Impossibile importare “{name}”: {problem}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Column {n}</source>
        <translation>Colonna {n}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>it is not a text (CSV) file.</source>
        <translation>non è un file di testo (CSV).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file is empty.</source>
        <translation>il file è vuoto.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>line {line} can&apos;t be read ({error}).</source>
        <translation>impossibile leggere la riga {line} ({error}).</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Choose the column that holds the email address.</source>
        <translation>Scegli la colonna che contiene l&apos;indirizzo email.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the column of the first name or of the last name.</source>
        <translation>Scegli la colonna del nome o del cognome.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each column can be used for one field only.</source>
        <translation>Ogni colonna può essere usata per un solo campo.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already present</source>
        <translation>Già presente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Rifiutato</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>A user with this email already exists.</source>
        <translation>Esiste già un utente con questo indirizzo email.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{email} is already on line {line} of this file.</source>
        <translation>{email} è già alla riga {line} di questo file.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../contact_manager/services/exchange.py" line="-192"/>
        <source>it is not a JSON file.</source>
        <translation>non è un file JSON.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../../contact_manager/services/importing.py" line="+139"/>
        <source>Imported {count} users from {file}</source>
        <translation>Importati {count} utenti da {file}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>it is not an account exported by Contact Manager.</source>
        <translation>non è un account esportato da Contact Manager.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it was written by a newer version of Contact Manager.</source>
        <translation>è stato scritto da una versione più recente di Contact Manager.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <location line="+8"/>
        <source>the file is incomplete.</source>
        <translation>il file è incompleto.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>the review date is not a date.</source>
        <translation>la data di verifica non è una data.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>a contact in the file names no known role.</source>
        <translation>un contatto nel file indica un ruolo sconosciuto.</translation>
    </message>
    <message>
        <location filename="../../contact_manager/services/importing.py" line="-46"/>
        <source>the column titles are not recognised; choose which column is which.</source>
        <translation>i titoli delle colonne non sono riconosciuti; indica quale colonna contiene cosa.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../contact_manager/ui/import_dialog.py" line="+50"/>
        <location line="+116"/>
        <location line="+1"/>
        <source>Import users</source>
        <translation>Importa utenti</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>File CSV (*.csv *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save refused rows</source>
        <translation>Salva righe rifiutate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Choose file…</source>
        <translation>Scegli file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change columns…</source>
        <translation>Cambia colonne…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save refused rows…</source>
        <translation>Salva righe rifiutate…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the refused rows, with the reason, to a CSV file you can fix and import again.</source>
        <translation>Scrivi le righe rifiutate, con il motivo, in un file CSV da correggere e importare di nuovo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+116"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+116"/>
        <location filename="../../contact_manager/ui/import_worker.py" line="+89"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No file chosen yet.</source>
        <translation>Nessun file scelto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import 1 user</source>
        <translation>Importa 1 utente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import %1 users</source>
        <translation>Importa %1 utenti</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The column titles of this file were not recognised.</source>
        <translation>I titoli delle colonne di questo file non sono stati riconosciuti.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Can&apos;t write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved 1 refused row to %2.</source>
        <translation>Salvata 1 riga rifiutata in %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved %1 refused rows to %2.</source>
        <translation>Righe rifiutate salvate in %2: %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Importing users</source>
        <translation>Importazione utenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing %1 users…</source>
        <translation>Importazione di %1 utenti…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing…</source>
        <translation>Importazione…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking the file</source>
        <translation>Controllo del file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking %1 rows…</source>
        <translation>Controllo di %1 righe…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cancelling: nothing will be imported…</source>
        <translation>Annullamento: non verrà importato nulla…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Imported 1 user.</source>
        <translation>Importato 1 utente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported %1 users.</source>
        <translation>Utenti importati: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 row was refused: save it to fix it and import it again.</source>
        <translation>1 riga è stata rifiutata: salvala per correggerla e importarla di nuovo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rows were refused: save them to fix them and import them again.</source>
        <translation>Righe rifiutate: %1. Salvale per correggerle e importarle di nuovo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking cancelled. Choose another file, or show the preview again.</source>
        <translation>Controllo annullato. Scegli un altro file, oppure mostra di nuovo l&apos;anteprima.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Importazione annullata: non è stato importato nulla.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was imported: %1</source>
        <translation>Non è stato importato nulla: %1</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../contact_manager/ui/import_model.py" line="+84"/>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../contact_manager/ui/language_menu.py" line="+39"/>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the language of the application</source>
        <translation>Scegli la lingua dell&apos;applicazione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the application in {language}</source>
        <translation>Mostra l&apos;applicazione in {language}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../contact_manager/app.py" line="+130"/>
        <location filename="../../contact_manager/ui/main_window.py" line="+55"/>
        <location line="+263"/>
        <source>Account and billing</source>
        <translation>Account e fatturazione</translation>
    </message>
    <message>
        <location filename="../../contact_manager/ui/main_window.py" line="-262"/>
        <source>Company information</source>
        <translation>Informazioni sull&apos;azienda</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Opening {database}...</source>
        <translation>Apertura di {database}...</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>Switch account</source>
        <translation>Cambia account</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New account...</source>
        <translation>Nuovo account...</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New account...</source>
        <translation>&amp;Nuovo account...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;witch account</source>
        <translation>Pa&amp;ssa a un altro account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open database...</source>
        <translation>&amp;Apri database...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Contact Manager</source>
        <translation>&amp;Informazioni su Contact Manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account tabs</source>
        <translation>Schede dell&apos;account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The current account: open it, switch to another, or create one</source>
        <translation>L&apos;account corrente: aprilo, passa a un altro o creane uno</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Contact Manager</source>
        <translation>Contact Manager</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact Manager — {account}</source>
        <translation>Contact Manager — {account}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account: {name}</source>
        <translation>Account: {name}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{change} — saved at {time}</source>
        <translation>{change} — salvato alle {time}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Updated with changes made elsewhere.</source>
        <translation>Aggiornato con le modifiche fatte altrove.</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <location filename="../../contact_manager/ui/account_dialogs.py" line="-76"/>
        <source>Account name</source>
        <translation>Nome dell&apos;account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
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
    <name>PersonView</name>
    <message>
        <location filename="../../contact_manager/ui/person_view.py" line="+69"/>
        <source>Who is this person?</source>
        <translation>Chi è questa persona?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email address to look up</source>
        <translation>Indirizzo email da cercare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Look up</source>
        <translation>&amp;Cerca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look up the address</source>
        <translation>Cerca l&apos;indirizzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles</source>
        <translation>Ruoli</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As</source>
        <translation>Come</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles held in every account</source>
        <translation>Ruoli ricoperti in tutti gli account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Outside address</source>
        <translation>Indirizzo esterno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active user</source>
        <translation>Utente attivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivated user</source>
        <translation>Utente disattivato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No role</source>
        <translation>Nessun ruolo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type an email address and press Look up.</source>
        <translation>Scrivi un indirizzo email e premi Cerca.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No account of this database knows this address.</source>
        <translation>Nessun account di questo database conosce questo indirizzo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{person}: {roles} in {accounts}.</source>
        <translation>{person}: {roles} in {accounts}.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n ruolo</numerusform>
            <numerusform>%n ruoli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
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
        <location filename="../../contact_manager/ui/import_preview.py" line="+66"/>
        <source>Rows of the file and what the import will do with each</source>
        <translation>Le righe del file e cosa farà l&apos;importazione con ciascuna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only refused rows</source>
        <translation>Mostra solo le righe rifiutate</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 new, %2 already present (skipped), %3 refused.</source>
        <translation>Nuovi: %1, già presenti (saltati): %2, rifiutati: %3.</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../contact_manager/ui/reassign_dialog.py" line="+133"/>
        <source>Remove {person}</source>
        <translation>Rimuovi {person}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivate {person}</source>
        <translation>Disattiva {person}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Roles held</source>
        <translation>Ruoli ricoperti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no other active user to take over. Add or reactivate a user first.</source>
        <translation>Non c&apos;è un altro utente attivo che possa subentrare. Aggiungi o riattiva prima un utente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose who takes over each role. Nothing is saved until you press {button}.</source>
        <translation>Scegli chi subentra in ogni ruolo. Non viene salvato nulla finché non premi {button}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New {role}</source>
        <translation>Nuovo {role}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a user</source>
        <translation>Seleziona un utente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody (leave the role empty)</source>
        <translation>Nessuno (lascia il ruolo vuoto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a user or type an outside address</source>
        <translation>Seleziona un utente o scrivi un indirizzo esterno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The security contact may also be an address outside the account.</source>
        <translation>Il contatto per la sicurezza può anche essere un indirizzo esterno all&apos;account.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why nothing was saved</source>
        <translation>Perché non è stato salvato nulla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reassign...</source>
        <translation>&amp;Riassegna...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reassign the roles</source>
        <translation>Riassegna i ruoli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reassign and &amp;remove</source>
        <translation>Riassegna e &amp;rimuovi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reassign and &amp;deactivate</source>
        <translation>Riassegna e &amp;disattiva</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Removed {person}.</source>
        <translation>Utente rimosso: {person}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deactivated {person}.</source>
        <translation>Utente disattivato: {person}.</translation>
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
    <name>RoutingModel</name>
    <message>
        <location filename="../../contact_manager/ui/routing_model.py" line="+59"/>
        <source>(outside address)</source>
        <translation>(indirizzo esterno)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(deactivated)</source>
        <translation>(disattivato)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(primary contact, as fallback)</source>
        <translation>(contatto principale, in mancanza d&apos;altri)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody: no primary contact is set</source>
        <translation>Nessuno: non è impostato un contatto principale</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Notice</source>
        <translation>Notifica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipients</source>
        <translation>Destinatari</translation>
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
    <name>Undo</name>
    <message>
        <location filename="../../contact_manager/ui/undo.py" line="+53"/>
        <source>Undone: {change}</source>
        <translation>Annullato: {change}</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../contact_manager/ui/user_dialog.py" line="+106"/>
        <source>Edit user</source>
        <translation>Modifica utente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add user</source>
        <translation>Aggiungi utente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;First name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Cognome:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email address</source>
        <translation>Indirizzo email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Job title:</source>
        <translation>&amp;Qualifica:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Job title</source>
        <translation>Qualifica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefono:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>name@example.com</source>
        <translation>nome@esempio.it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email address check</source>
        <translation>Verifica dell&apos;indirizzo email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the user was not saved</source>
        <translation>Perché l&apos;utente non è stato salvato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Will be saved as {address}.</source>
        <translation>Verrà salvato come {address}.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Added {person}.</source>
        <translation>Utente aggiunto: {person}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved {person}.</source>
        <translation>Utente salvato: {person}.</translation>
    </message>
</context>
<context>
    <name>UserModel</name>
    <message>
        <location filename="../../contact_manager/ui/user_model.py" line="+42"/>
        <source>(deactivated)</source>
        <translation>(disattivato)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>This user is deactivated: choose an active user for this role.</source>
        <translation>Questo utente è disattivato: scegli un utente attivo per questo ruolo.</translation>
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
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../contact_manager/ui/users_model.py" line="+69"/>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivated</source>
        <translation>Disattivato</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Qualifica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Ruoli</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../../contact_manager/ui/users_tab.py" line="+111"/>
        <source>Users</source>
        <translation>Utenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search:</source>
        <translation>&amp;Cerca:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, email or job title</source>
        <translation>Nome, email o qualifica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search users</source>
        <translation>Cerca utenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users of the account</source>
        <translation>Utenti dell&apos;account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add...</source>
        <translation>A&amp;ggiungi...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a user</source>
        <translation>Aggiungi un utente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected user</source>
        <translation>Modifica l&apos;utente selezionato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ed&amp;it...</source>
        <translation>Mod&amp;ifica...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Disattiva</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deactivate the selected user</source>
        <translation>Disattiva l&apos;utente selezionato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rea&amp;ctivate</source>
        <translation>Ria&amp;ttiva</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reactivate the selected user</source>
        <translation>Riattiva l&apos;utente selezionato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove...</source>
        <translation>&amp;Rimuovi...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected user</source>
        <translation>Rimuovi l&apos;utente selezionato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Who is this person?</source>
        <translation>C&amp;hi è questa persona?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every role this person holds, in every account</source>
        <translation>Tutti i ruoli di questa persona, in tutti gli account</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n utente</numerusform>
            <numerusform>%n utenti</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{shown} of {total} users</source>
        <translation>{shown} di {total} utenti</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Reactivated {person}.</source>
        <translation>Utente riattivato: {person}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Deactivated {person}.</source>
        <translation>Utente disattivato: {person}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove user</source>
        <translation>Rimuovi utente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {person} from the account? This can&apos;t be undone; deactivating can.</source>
        <translation>Rimuovere {person} dall&apos;account? Non si può annullare; la disattivazione invece sì.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Removed {person}.</source>
        <translation>Utente rimosso: {person}.</translation>
    </message>
</context>
</TS>
