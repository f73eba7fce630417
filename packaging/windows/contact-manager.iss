; Inno Setup script: a per-user installer for Windows (no administrator rights needed).
; Build the one-folder app first (packaging/README.md), then from the repository root:
;   iscc /DAppVersion=0.1.0 packaging\windows\contact-manager.iss
; The installer appears as dist\ContactManager-<version>-setup.exe.
;
; The app is installed under %LOCALAPPDATA%\Programs\Contact Manager; each user's database
; and logs live in %LOCALAPPDATA%\ContactManager, which the uninstaller leaves alone.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Contact Manager"
#define AppExe "ContactManager.exe"
#define Root "..\.."

[Setup]
; A fixed id: upgrades replace the installed version instead of installing a second copy.
AppId={{6E0C3F2A-8B57-4C1D-9A3E-2F4B7D1C5E80}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=ContactManager-{#AppVersion}-setup
SetupIconFile={#Root}\build\icons\contact-manager.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "italian"; MessagesFile: "compiler:Languages\Italian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\build\pyinstaller\dist\contact-manager\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entry on purpose: the user's data folder is never touched.
