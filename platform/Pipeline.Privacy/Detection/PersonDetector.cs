using System.Buffers;
using static Pipeline.Privacy.Detection.Text;

namespace Pipeline.Privacy.Detection;

/// <summary>
/// Names of people. A run of capitalised words (with particles such as "van" or "de", initials, and "_" joins in
/// file names) is a name when:
/// <list type="bullet">
/// <item>a conversation or mail cue precedes it ("Chat with", "Call with", "Meeting with", "From:", "To:", "Invited by")
/// and it starts with a first name (any, even an ambiguous one: "Call with Bill") or is two or more capitalised words
/// that are not common words ("Chat with Wei Zhang");</item>
/// <item>the title pairs people ("1:1 Alice / Bob", "Alice &lt;&gt; Bob"): each first name counts;</item>
/// <item>another segment of the title says conversation ("… - Direct message", "… | WhatsApp", "… - Contacts") and the
/// segment is the name;</item>
/// <item>it owns a document ("Alice's notes", "Jane Doe's Personal Meeting Room");</item>
/// <item>without any cue, it is a first name that is not also a common word, place or product, followed by one or two
/// surname words that are not interface words ("Aleksandr Volkov", "Maria Cruz Lopez", "Resume_Jane_Doe.pdf"), or
/// "Surname, Firstname".</item>
/// </list>
/// So "Jordan", "Paris", "May", "Page", "Bill" and "Grace" stay where nothing says they are people.
/// </summary>
internal static partial class PersonDetector
{
    private const int MaxWords = 4;

    private static readonly PhraseList s_cues = PhraseList.Of(
        ["chat with", "call with", "meeting with", "message from", "messages from", "from:", "to:", "cc:", "bcc:", "dm with", "dm:", "sent by",
         "invited by", "shared by", "assigned to", "interview with", "lunch with", "dinner with", "coffee with", "sync with", "catch-up with",
         "catch up with", "catchup with", "1:1 with", "1:1", "1-on-1 with", "one-on-one with", "zoom with", "facetime with", "video call with",
         "call from", "missed call from", "calling", "conversation with", "dear", "hi", "hello", "reply to", "signed by", "created by",
         "owned by", "edited by", "mentioned by", "reviewed by", "requested by", "submitted by", "organizer:", "organiser:", "attendees:",
         "with:", "contact:", "patient:", "employee:", "candidate:", "applicant:", "tenant:", "customer:", "client:", "talking to",
         "texting", "meet with", "huddle with", "standup with", "session with", "appointment with", "consultation with", "visit with",
         "w/", "lunch w/", "call w/", "sync w/", "meeting w/", "chat w/", "coffee w/", "1:1 w/", "invitation from", "request from",
         "note from", "feedback from", "happy birthday", "incoming call:", "incoming call from", "missed call:", "missed call -",
         "outgoing call to", "voicemail from", "new message from", "message from:", "reply from", "out of office:", "speaker:", "host:",
         "presenter:", "interviewer:", "interviewee:", "recruiter:", "manager:", "owner:", "assignee:", "reporter:", "author:", "sender:",
         "recipient:", "guest:", "attendee:", "participant:", "member:", "student:", "teacher:", "doctor:", "physician:", "therapist:",
         "message to", "messages to", "sent to", "email to", "mail to", "note to", "letter to", "call to", "reply from:", "catch up:",
         "catch-up:", "catchup:", "sync:", "1:1:", "requester:", "requested by:", "lead:", "contact:", "opportunity contact:",
         "waiting for", "meeting host:", "organized by", "organised by", "hosted by", "posted by", "uploaded by", "modified by",
         "last modified by", "approved by", "signed by:", "prepared by", "written by", "forwarded by", "on behalf of", "delegated to",
         "shared with", "transferred to", "call ended -", "call ended:", "calling…", "ringing…", "on call with",
         // German, French, Spanish, Portuguese, Italian, Dutch, Polish, Scandinavian, Turkish: the same windows.
         "von:", "an:", "de:", "para:", "à:", "van:", "aan:", "da:", "od:", "do:", "från:", "fra:", "till:", "til:", "kimden:", "kime:",
         "besprechung mit", "termin mit", "gespräch mit", "anruf mit", "anruf von", "chat mit", "treffen mit", "nachricht von",
         "telefonat mit", "videoanruf mit", "mittagessen mit", "réunion avec", "appel avec", "appel de", "rendez-vous avec", "entretien avec",
         "déjeuner avec", "discussion avec", "message de", "conversation avec", "visio avec", "llamada con", "reunión con", "chat con",
         "videollamada con", "cita con", "mensaje de", "llamada de", "conversación con", "almuerzo con", "chamada com", "reunião com",
         "conversa com", "mensagem de", "ligação de", "videochamada com", "almoço com", "riunione con", "chiamata con", "chiamata da",
         "messaggio da", "incontro con", "pranzo con", "videochiamata con", "gesprek met", "vergadering met", "afspraak met", "bellen met",
         "bericht van", "overleg met", "lunch met", "spotkanie z", "rozmowa z", "wiadomość od", "połączenie z", "möte med", "samtal med",
         // Money sent to or asked of a person, greetings, calls and interviews written with a colon or a dash.
         "send money to", "money request from", "request money from", "split with", "happy birthday,", "call:", "teams call:",
         "zoom call:", "video call:", "interview:", "interview -", "interview –", "interview —", "screening:", "phone screen:", "phone screen -",
         "group chat:", "group chat with", "group:", "huddle:", "huddle with",
         // Records about one person: patients, employees, members, sellers, recipients and passengers, in several languages.
         "patient record:", "patient record -", "worker:", "colaborador", "colaboradora", "mitarbeiter:", "mitglied", "fiche salarié",
         "salarié:", "employé:", "empleado:", "funcionário:", "medewerker:", "passenger:", "passenger details:", "passagier:", "recipient:",
         "beneficiary:", "payee:", "empfänger:", "destinataire:", "destinatario:", "deliver to", "ship to", "shipping to", "lieferadresse:",
         "lieferung an", "livraison à", "entregar para", "entregar a", "enviar a", "virement vers", "virement à", "überweisung an",
         "betaling til", "overføring til", "överföring till", "pix para", "transferência para", "transferencia a", "bizum a",
         "rendez-vous de", "annonce de", "compte de", "dossier de", "profil de", "perfil de", "selger:", "säljare:", "sælger:", "myyjä",
         "verkäufer:", "vendeur:", "vendedor:", "seller:", "landlord:", "host:", "lead:", "contact person:",
         "ansprechpartner:", "interlocuteur:",
         // Sign-offs that end a mail with its sender's name, and a commit's author.
         "best regards,", "kind regards,", "regards,", "best wishes,", "sincerely,", "cheers,", "mit freundlichen grüßen,",
         "viele grüße,", "beste grüße,", "met vriendelijke groet,", "vriendelijke groet,", "groeten,", "cordialement,",
         "bien à vous,", "saludos,", "atentamente,", "un saludo,", "atenciosamente,", "cumprimentos,", "cordiali saluti,",
         "distinti saluti,", "pozdrawiam,", "med vänliga hälsningar,", "vänliga hälsningar,", "med venlig hilsen,",
         "med vennlig hilsen,", "ystävällisin terveisin,", "--author=\"", "--author=", "author=", "møde med", "møte med", "samtale med", "besked fra", "melding fra", "meddelande från", "toplantı:", "görüşme:",
         // Indonesian, Malay, Vietnamese, Dutch and Turkish conversation windows.
         "obrolan dengan", "percakapan dengan", "panggilan dengan", "rapat dengan", "pesan dari", "sembang dengan", "trò chuyện với",
         "cuộc gọi với", "tin nhắn từ", "họp với", "videogesprek met", "chat met", "gesprek met:", "videobellen met", "sohbet:", "mesaj:"]);

    private static readonly PhraseList s_honorifics = PhraseList.Of(
        ["dr", "dr.", "prof", "prof.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "mx", "mx.", "herr", "frau", "mme", "mlle", "sr.", "sra.",
         "dott.", "sig.", "sgt.", "capt.", "rev.", "fr."]);

    // Cues that often precede a person but also a place or a thing ("Guide for Paris"): a name must be unambiguous.
    private static readonly PhraseList s_weakCues = PhraseList.Of(
        ["for", "about", "regarding", "re:", "fw:", "fwd:", "ask", "ping", "email", "emailing", "message", "messaging", "invite",
         "reminder:", "birthday:", "condolences", "welcome", "thanks", "thank you", "congrats", "by", "and", "with", "call", "text", "meet",
         "see", "visit", "tell", "remind",
         // A payee or a recipient may be a company: a name here needs two words or a clear first name.
         "payment to", "payment from", "paid to", "pay", "sending to", "transfer to", "transfer from", "refund to", "gift for", "birthday gift for"]);

    private static readonly WordSet s_conversationSegments = WordSet.Of(
        ["direct message", "direct messages", "dm", "messages", "message", "whatsapp", "signal", "telegram", "messenger", "imessage",
         "contacts", "contact", "facetime", "chat", "conversation", "profile", "linkedin", "call", "voice call", "video call", "huddle",
         "private chat", "inbox", "mail", "email", "google chat", "teams chat", "skype", "wechat", "line", "viber", "microsoft teams",
         "teams", "slack", "zoom", "zoom meeting", "google meet", "meet", "webex", "discord", "outlook", "gmail", "thunderbird",
         "apple mail", "mail.app", "whatsapp web", "signal desktop", "element", "mattermost", "facebook", "instagram", "x", "twitter",
         "threads", "bluesky", "mastodon", "tiktok", "snapchat", "missed call", "incoming call", "voicemail", "facetime audio", "calendar",
         "google calendar", "calendly", "people", "directory", "org chart", "hubspot", "salesforce", "crm", "contacts - google",
         "microsoft outlook", "yahoo mail", "proton mail", "protonmail", "fastmail", "hey", "superhuman", "spark", "airmail",
         "zalo", "kakaotalk", "kakao", "line", "wire", "threema", "session", "rocket.chat", "zulip", "chatwork", "dingtalk", "lark",
         "feishu", "wecom", "weixin", "qq", "google voice", "ringcentral", "dialpad", "aircall", "goto meeting", "gotomeeting",
         "bluejeans", "jitsi meet", "jitsi", "whereby", "skype for business", "microsoft teams (work or school)", "teams (work or school)",
         "messages", "phone", "facetime video", "gmail - google", "outlook.com", "mail - outlook", "new outlook", "icloud mail",
         "samsung messages", "google messages", "messages for web", "beeper", "pidgin", "ms teams", "webex meetings", "zoom workplace",
         "zoom workplace - meeting", "amazon chime", "chime", "lifesize", "vonage", "8x8", "teamviewer meeting", "pumble", "flock",
         "twist", "chanty", "workplace", "workplace chat", "yammer", "viva engage", "xing", "vk", "vkontakte", "ok.ru", "imo", "botim"]);

    private static readonly WordSet s_particles = WordSet.Of(["van", "de", "von", "der", "den", "da", "di", "del", "la", "le", "du", "bin", "al", "ten", "ter", "dos", "das", "y",
        "dela", "della", "delle", "degli", "dei", "des", "vom", "zu", "zum", "af", "ibn", "bint", "binti", "abu", "ben", "el", "e", "do", "lo"]);

    // Words that end a run: a capitalised word after a name in a title is often the document, place or product.
    private static readonly WordSet s_notSurnames = WordSet.Of(
        ["Settings", "Docs", "Documentation", "Admin", "Studio", "Linux", "Skills", "Shortcuts", "Set", "Language", "Tests", "Test", "Guide",
         "Manual", "Reference", "Dashboard", "Console", "App", "Apps", "Home", "Help", "Support", "Login", "Account", "Download", "Downloads",
         "Player", "Editor", "Viewer", "Reader", "Music", "Store", "Shop", "Cloud", "Drive", "Mail", "News", "Weather", "Maps", "Photos",
         "Files", "File", "Tutorial", "Tutorials", "Release", "Releases", "Notes", "Note", "Wiki", "Server", "Client", "Desktop", "Mobile",
         "Web", "Pro", "Plus", "Premium", "Lite", "Beta", "Preview", "Update", "Updates", "Installer", "Setup", "Framework", "Library",
         "Projet", "Projekt", "Proyecto", "Progetto", "Telekom", "Telecom", "Bahn", "Hotels", "Hotel", "Meer",
         "Project", "Projects", "Benz", "Labs", "Inc", "Ltd", "Group", "Team", "Teams", "Chat", "Meeting", "Meetings", "Calendar", "Board",
         "Boards", "Report", "Reports", "Review", "Sync", "Standup", "Retro", "Planning", "Overview", "Summary", "Agenda", "Minutes",
         "Template", "Templates", "Edition", "Version", "Series", "Collection", "Theme", "Themes", "Plugin", "Plugins", "Extension",
         "Extensions", "Package", "Packages", "Module", "Modules", "Config", "Configuration", "Tools", "Toolkit", "Kit", "Engine", "Bot",
         "Assistant", "Voice", "Skill", "Hub", "Center", "Centre", "Portal", "Page", "Pages", "Site", "Website", "Blog", "Forum", "Community",
         "Academy", "University", "College", "School", "Institute", "Hospital", "Clinic", "Hotel", "Airport", "Station", "Street", "Avenue",
         "Road", "Square", "Bridge", "River", "City", "County", "State", "Country", "Falls", "Beach", "Island", "Valley", "Resume", "Cv",
         "Contract", "Offer", "Letter", "Invoice", "Payslip", "Passport", "Signed", "Final", "Draft", "Copy", "Scan", "Profile", "Services",
         "Service", "Foundation", "Award", "Awards", "Prize", "Day", "Week", "Month", "Year", "Show", "Podcast", "Episode", "Season", "Movie",
         "Film", "Book", "Books", "Album", "Song", "Live", "Tour", "Concert", "Festival", "Conference", "Summit", "Workshop", "Webinar",
         "Course", "Class", "Lecture", "Lesson", "Quiz", "Exam", "Homework", "Assignment", "Paper", "Thesis", "Slides", "Deck", "Presentation",
         "Spreadsheet", "Sheet", "Sheets", "Document", "Folder", "Workspace", "Channel", "Thread", "Threads", "Messages", "Message", "Inbox",
         "Sent", "Outlook", "Gmail", "Slack", "Zoom", "Meet", "Google", "Microsoft", "Apple", "Amazon", "Netflix", "Spotify", "Youtube",
         "Twitter", "Facebook", "Instagram", "Linkedin", "Github", "Gitlab", "Jira", "Confluence", "Notion", "Figma", "Trello", "Asana",
         "Personal", "Room", "Direct", "Call", "Calls", "Video", "Audio", "Photo", "Image", "Images", "Screenshot", "Recording", "Private",
         "Public", "Shared", "New", "Old", "Open", "Closed", "Edit", "View", "Search", "Results", "List", "Lists", "Tasks", "Task", "Todo",
         "Jobs", "Job", "Careers", "Hiring", "Interview", "Onboarding", "Payroll", "Benefits", "Expenses", "Budget", "Plan", "Roadmap",
         "Strategy", "Proposal", "Pitch", "Brief", "Spec", "Specs", "Design", "Designs", "Mockup", "Mockups", "Prototype", "Sprint", "Backlog",
         "Issue", "Issues", "Bug", "Bugs", "Feature", "Features", "Demo", "Launch", "Ads", "Analytics", "Insights", "Metrics", "Data",
         "Security", "Privacy", "Terms", "Policy", "Policies", "Legal", "Press", "About", "Contact", "Contacts", "FAQ", "Pricing", "Blog",
         "Corporation", "Corp", "Company", "Incorporated", "Limited", "Industries", "Holdings", "Partners", "Dynamics", "Technologies",
         "Systems", "Networks", "Solutions", "Software", "Ventures", "Capital", "Consulting", "Bank", "Banking", "Financial", "Insurance",
         "Online", "Club", "Society", "Association", "Council", "Ministry", "Department", "Agency", "Office", "Committee", "Board",
         "Museum", "Gallery", "Theatre", "Theater", "Stadium", "Arena", "Highlands", "Mountains", "Lakes", "Hills", "Mono",
         "Sans", "Serif", "Font", "Typeface", "Ops", "Operations", "Approvals", "Sales", "Marketing", "Engineering", "Finance", "Accounting",
         "Procurement", "Logistics", "Compliance", "Recruiting", "Facilities", "Research",
         // Greetings open a message before the name: "Hi Jonah, …".
         "Hi", "Hello", "Hey", "Dear", "Hallo", "Moin", "Servus", "Bonjour", "Salut", "Hola", "Ciao", "Olá", "Oi", "Hej", "Hei", "Ahoj", "Cześć",
         // The same interface words in other languages: mail, calendar and contacts applications name their views with them.
         "Kalender", "Posteingang", "Postausgang", "Entwürfe", "Gesendet", "Kontakte", "Aufgaben", "Notizen", "Einstellungen", "Startseite",
         "Suche", "Nachrichten", "Besprechung", "Termine", "Ordner", "Dateien", "Calendrier", "Paramètres", "Accueil", "Recherche", "Réception",
         "Brouillons", "Envoyés", "Tâches", "Fichiers", "Calendario", "Contactos", "Configuración", "Inicio", "Búsqueda", "Bandeja", "Borradores",
         "Enviados", "Tareas", "Archivos", "Contatos", "Configurações", "Início", "Pesquisa", "Rascunhos", "Tarefas", "Arquivos", "Impostazioni",
         "Ricerca", "Posta", "Bozze", "Inviata", "Attività", "Agenda", "Postvak", "Instellingen", "Zoeken", "Concepten", "Verzonden", "Taken",
         "Bestanden", "Kalenteri", "Saapuneet", "Yhteystiedot", "Asetukset", "Innboks", "Kalendar", "Innkorg", "Inkorg", "Indbakke", "Kontakter",
         "Inställningar", "Indstillinger", "Innstillinger", "Kalendarz", "Odebrane", "Kontakty", "Ustawienia", "Takvim", "Kişiler", "Ayarlar"]);

    private static readonly WordSet s_ownedThings = WordSet.Of(
        ["notes", "note", "doc", "docs", "document", "documents", "file", "files", "calendar", "draft", "drafts", "report", "presentation",
         "slides", "deck", "spreadsheet", "sheet", "folder", "drive", "personal", "meeting", "room", "zoom", "notebook", "board", "tasks",
         "todo", "to-do", "list", "inbox", "desk", "workspace", "page", "profile", "account", "resume", "cv", "copy", "version", "comments",
         "feedback", "review", "photos", "album", "schedule", "agenda", "plan", "budget", "invoice", "contract", "timesheet", "laptop",
         "computer", "mac", "macbook", "iphone", "phone", "ipad", "pc", "desktop", "workstation", "files", "onedrive", "dropbox", "blog",
         "channel", "repo", "repositories", "fork", "branch", "playlist", "library", "wishlist", "cart", "birthday", "wedding", "team",
         "1:1", "one-on-one", "performance", "salary", "offer", "expenses", "travel", "trip", "itinerary", "booking", "appointment", "ticket",
         "plan", "plans", "checklist", "goals", "okrs", "recipes", "journal", "diary", "letter", "portfolio", "passport", "application"]);

    private static readonly WordSet s_fileWords = WordSet.Of(
        ["backup", "old", "new", "copy", "final", "draft", "edit", "edited", "export", "scan", "scanned", "signed", "photo", "pic", "img",
         "image", "v", "version", "rev", "tmp", "temp", "test", "data", "file", "doc", "docs", "notes", "cv", "resume", "letter", "the", "and"]);

    // Documents about one person: a title that names one of these names its person ("Offer letter - Chidi Obi.pdf").
    // Single words, and two-word phrases found by their first word.
    private static readonly WordSet s_personalDocumentWords = WordSet.Of(
        ["resume", "résumé", "curriculum", "cv", "payslip", "paystub", "passport", "visa", "recommendation", "appraisal", "termination", "w-2",
         "1099", "prescription", "referral", "marriage", "divorce", "testament", "tenancy", "transcript", "diploma", "headshot", "ssn",
         // The same documents in German, Dutch, French, Spanish, Portuguese, Italian and the Nordic languages.
         "lebenslauf", "bewerbung", "arbeitszeugnis", "zeugnis", "arbeitsvertrag", "kündigung", "gehaltsabrechnung", "lohnabrechnung",
         "lohnsteuer", "personalakte", "mitarbeiterakte", "sollicitatie", "loonstrook", "arbeidscontract", "ontslag", "candidature",
         "bulletin", "contrat", "licenciement", "attestation", "nómina", "nomina", "contrato", "despido", "currículum", "currículo",
         "curriculo", "holerite", "contracheque", "demissão", "busta", "lettera", "cedolino", "lønnsslipp", "lönebesked", "lønseddel",
         "palkkalaskelma", "työtodistus", "expediente", "candidatura"]);

    private static readonly PhraseList s_personalDocumentPhrases = PhraseList.Of(
        ["offer letter", "pay slip", "pay stub", "reference letter", "cover letter", "performance review", "background check",
         "employment contract", "tax return", "lab results", "birth certificate", "lease agreement", "driver's license", "drivers license",
         "id card", "medical record", "personnel file", "employee file", "invoice to", "statement for"]);

    private static readonly SearchValues<string> s_pairCues = SearchValues.Create(["1:1", "<>", "1-on-1", "one-on-one", "1on1", "↔", "⇄"], StringComparison.OrdinalIgnoreCase);

    public static void Find(ReadOnlySpan<char> text, ref Findings found)
    {
        ClaimBrowserSuffix(text, ref found);

        // A group's members first: the family-name-and-comma rule would join two of them ("Aune, Väinö, …, You").
        if (text.Contains(", ", StringComparison.Ordinal))
        {
            FindGroupMembers(text, ref found);
        }

        FindCore(text, ref found);
        FindInStrongContexts(text, ref found);
        if (text.Contains(", ", StringComparison.Ordinal))
        {
            FindSurnameFirst(text, ref found);
        }
    }

    private static void FindCore(ReadOnlySpan<char> text, ref Findings found)
    {
        FindGluedLowerCaseNames(text, ref found);
        if (text.IndexOfAny('.', '-') >= 0)
        {
            FindGluedCapitalisedNames(text, ref found);
        }

        // The title's segments and whether one is a messenger's, meeting's or mail application's: computed when a
        // rule first needs them (-1 unknown).
        int conversationState = -1;
        Span<int> bounds = stackalloc int[32];
        int segmentCount = 0;
        if (HasOtherScript(text))
        {
            conversationState = HasConversationSegment(text) ? 1 : 0;
            segmentCount = conversationState == 1 ? Segments(text, bounds) : 0;
            if (conversationState == 1)
            {
                FindOtherScriptNames(text, bounds[..(segmentCount * 2)], ref found);
            }

            FindNativeFrames(text, ref found);
            FindNativeScriptNames(text, ref found, ref conversationState, bounds, ref segmentCount);
        }

        if (!HasCapitalisedWord(text))
        {
            return;
        }

        FindPeopleBeforeMessenger(text, ref found);

        // Computed on the first candidate: most titles have none.
        int pairCueState = -1;
        int personalDocumentState = -1;

        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (!char.IsUpper(c) || IsAlnum(At(text, i - 1)))
            {
                i++;
                continue;
            }

            if (!char.IsLower(At(text, i + 1)))
            {
                // "J. Smith", "DUPONT Jean", "D'Angelo": an initial, a family name in capitals, a prefix with an apostrophe.
                int special = SpecialStart(text, i, ref found, ref conversationState, bounds, ref segmentCount);
                i = special > i ? special : i + 1;
                continue;
            }

            // The common case first: a capitalised word that is no first name and stands alone matters only after an
            // honorific or in a pairing title.
            int wordEnd = NameWordEnd(text, i);
            bool isName = Lexicon.IsFirstName(text[i..wordEnd], out bool ambiguous) || IsHyphenatedGivenName(text[i..wordEnd]);
            bool capitalFollows = At(text, wordEnd) is ' ' or '_' && char.IsUpper(At(text, wordEnd + 1));
            if (capitalFollows && IsNotSurname(text[i..wordEnd]) && !s_honorifics.EndsWithAny(text[..i]))
            {
                // "Hi Jonah", "Personal Meeting Room": an interface word or a greeting starts no name.
                i = wordEnd;
                continue;
            }

            bool honorific = s_honorifics.EndsWithAny(text[..i]);
            int lettersEnd = i;
            while (lettersEnd < text.Length && char.IsLetter(text[lettersEnd]))
            {
                lettersEnd++;
            }

            if (IsDeviceOwner(text, i, lettersEnd) && !found.Overlaps(i, lettersEnd - 1))
            {
                // "Lenas-MacBook-Pro", "Tomass-iPhone": a device named after its owner, the name without its "s".
                found.Add(i, lettersEnd - 1 - i, PiiKind.Person, 3);
                i = lettersEnd;
                continue;
            }

            if (!isName && !capitalFollows && !honorific && IsPossessive(text, wordEnd) && IsUnlistedName(text[i..wordEnd]) && !found.Overlaps(i, wordEnd))
            {
                // "Tuomas's packing list.docx": a name the lists lack owns a document.
                found.Add(i, wordEnd - i, PiiKind.Person, 3);
                i = wordEnd;
                continue;
            }

            if (At(text, wordEnd) == ',' && At(text, wordEnd + 1) == ' ' && (StrongCueBefore(text, i) || StartsSegment(text, i))
                && CommaGivenAfter(text, i, wordEnd, out int commaEnd) && !found.Overlaps(i, commaEnd))
            {
                // "From: Okafor, Ngozi", "Passenger: Lindqvist, Maja, seat 12A": a family name, a comma and a given name after a cue.
                found.Add(i, commaEnd - i, PiiKind.Person, 3);
                i = commaEnd;
                continue;
            }

            if (!isName && i == 0 && IsChatSender(text, wordEnd, false) && IsUnlistedName(text[..wordEnd]))
            {
                // "Tuomas: here's the file": a sender the lists lack.
                found.Add(0, wordEnd, PiiKind.Person, 3);
                i = wordEnd;
                continue;
            }

            if (!isName && !capitalFollows && !honorific && IsLoneNameAfterCue(text, i, wordEnd))
            {
                // "Chat with Xiaoming", "From: Okonkwo": one word that is no common word, right after a conversation cue
                // (with the particles and family names that follow it: "João dos Santos").
                int loneEnd = Run(text, i, out _, out _);
                found.Add(i, loneEnd - i, PiiKind.Person, 3);
                i = loneEnd;
                continue;
            }

            if (!isName && !capitalFollows && !honorific && wordEnd - i >= 3 && !Lexicon.IsCommonWord(text[i..wordEnd]) && IsNameShaped(text[i..wordEnd])
                && SurnameCommaBefore(text, i, out int familyStart) && Lexicon.IsClearFamilyName(text[familyStart..(i - 2)])
                && !found.Overlaps(familyStart, wordEnd))
            {
                // "Adeyemi, Tolu": a known family name, a comma, and a given name the lists lack.
                found.Add(familyStart, wordEnd - familyStart, PiiKind.Person, 3);
                i = wordEnd;
                continue;
            }

            if (!isName && !capitalFollows && !honorific)
            {
                if (pairCueState < 0 && !Lexicon.IsCommonWord(text[i..wordEnd]))
                {
                    pairCueState = HasPairCue(text) ? 1 : 0;
                }

                if (pairCueState != 1)
                {
                    i = wordEnd;
                    continue;
                }
            }

            int end = Run(text, i, out int words, out int firstEnd);
            ReadOnlySpan<char> first = text[i..firstEnd];
            if (found.Overlaps(i, end))
            {
                i = end;
                continue;
            }

            if (pairCueState < 0 && !isName && words < 2 && !honorific && !Lexicon.IsCommonWord(first))
            {
                pairCueState = text.IndexOfAny(s_pairCues) >= 0 ? 1 : 0;
            }

            if (!isName && words < 2 && pairCueState != 1 && !honorific)
            {
                i = firstEnd;
                continue;
            }

            bool clear = isName && !ambiguous;
            bool unknownWords = words >= 2 && !AnyCommonWord(text, i, end);
            bool person = false;
            int cue = HasCueAfter(text, end) ? 2 : CueBefore(text, i);
            // The last segment is the application's, unless the title is a file's name ("Lease agreement - Wairimu Njoroge.pdf").
            bool lastSegment = IsInLastSegment(text, i) && !EndsWithFileExtension(text);

            // Each rule on its own says "a person"; any one is enough. The title-wide cues are looked for only when a
            // rule needs them (most titles have no candidate at all).
            person = (honorific && !IsNotSurname(first))
                || (cue == 2 && ((isName && !IsNotSurname(first) && !IsMonthOrDay(first)) || unknownWords || (isName && LastIsClearFamilyName(text, firstEnd, end))))
                || (cue == 1 && (clear || unknownWords))
                || ((clear || unknownWords || (isName && LastIsClearFamilyName(text, firstEnd, end))) && !lastSegment && IsPersonalDocument(text, ref personalDocumentState))
                || ((isName || !Lexicon.IsCommonWord(first)) && IsPaired(text, i, end) && (pairCueState >= 0 ? pairCueState == 1 : HasPairCue(text)))
                || ((isName || unknownWords) && !(words == 1 && (Lexicon.IsCommonWord(first) || IsNotSurname(first))) && IsConversation(text, ref conversationState, bounds, ref segmentCount)
                    && IsWholeSegment(text, i, end, bounds[..(segmentCount * 2)]) && !NamesChannel(text))
                || (IsPossessive(text, end) && (clear || unknownWords || (isName && !IsMonthOrDay(first))))
                || (clear && words >= 2 && IsBareName(text, i, firstEnd, end, words) && !IsPublisherSegment(text, i, end, lastSegment))
                || (words == 1 && i == 0 && IsChatSender(text, end, isName))
                || (words == 2 && !lastSegment && (clear || (!isName && IsUnlistedName(first))) && !IsOneOf(first, s_conversationSegments)
                    && LastIsClearFamilyName(text, firstEnd, end)
                    && IsWholeSegmentOf(text, i, end) && IsBareName(text, i, firstEnd, end, words))
                || ((isName || unknownWords) && !(words == 1 && Lexicon.IsCommonWord(first)) && IsMailSubject(text) && i > 0 && IsMailSender(text, i, end))
                || (words == 2 && Lexicon.IsClearFamilyName(first) && !Lexicon.IsCommonWord(first) && IsClearGivenAfter(text, firstEnd, end)
                    && IsBareName(text, i, firstEnd, end, words) && !IsPublisherSegment(text, i, end, lastSegment));
            if (person && (IsOnRoute(text, i, end) || IsCompanySuffixAfter(text, end) || IsEponymousBrand(text, i, end, honorific)))
            {
                // "Lyon Part-Dieu → Nice Ville", "Anatolia Tekstil A.Ş.", "Tommy Hilfiger", "Dr. Oetker": places, companies, brands.
                person = false;
            }

            if (person && !honorific && cue != 1 && IsInstitutionAfter(text, end))
            {
                // "George Washington Bridge", "Nelson Mandela Foundation": a name that names a place or an institution.
                person = false;
            }

            if (person && words == 1 && SurnameCommaBefore(text, i, out int commaSurname) && !found.Overlaps(commaSurname, i))
            {
                // "Smith, John (External)": the cue found the given name; the family name before the comma is his too.
                found.Add(commaSurname, end - commaSurname, PiiKind.Person, 3);
                i = end;
                continue;
            }

            if (person)
            {
                // Fall through to the finding below.
            }
            else if (clear && words == 1 && At(text, end) == ' ' && char.IsUpper(At(text, end + 1)) && At(text, end + 2) == '.'
                && !char.IsLetter(At(text, end + 3)))
            {
                // "Jane D.": a first name and an initial.
                found.Add(i, end + 3 - i, PiiKind.Person, 3);
                i = end + 3;
                continue;
            }
            else if (At(text, i - 1) == '(' && At(text, end) == ')' && (clear || unknownWords) && HandleDetector.IsUserNameBefore(text, i - 1))
            {
                // A profile's "login (Full Name)".
                person = true;
            }
            else if (clear && words == 1 && SurnameCommaBefore(text, i, out int surnameStart) && !found.Overlaps(surnameStart, i))
            {
                found.Add(surnameStart, end - surnameStart, PiiKind.Person, 3);
                i = end;
                continue;
            }

            if (person)
            {
                found.Add(i, end - i, PiiKind.Person, 3);
                i = end;
            }
            else
            {
                // The next word may start a name the run hid ("Resume_Jane_Doe").
                i = firstEnd;
            }
        }
    }

    /// <summary>
    /// In a conversation title, a segment written wholly in a script without capitals or in another script than
    /// Latin ("田中 雄一", "김지은", "محمد الأحمد", "Иван Петров") is the other person's name.
    /// </summary>
    private static void FindOtherScriptNames(ReadOnlySpan<char> text, scoped ReadOnlySpan<int> bounds, ref Findings found)
    {
        for (int s = 0; s * 2 < bounds.Length; s++)
        {
            int start = bounds[s * 2];
            int end = bounds[(s * 2) + 1];
            int letters = 0;
            int words = 1;
            bool latin = false;
            bool other = false;
            for (int i = start; i < end; i++)
            {
                char c = text[i];
                if (c == ' ')
                {
                    words++;
                }
                else if (char.IsAsciiLetter(c) || c is >= '\u00C0' and <= '\u024F')
                {
                    latin = true;
                }
                else if (char.IsLetter(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark)
                {
                    other = true;
                    letters++;
                }
                else
                {
                    // Digits and punctuation: a subject line or a number, not a name.
                    letters = -1;
                    break;
                }
            }

            if (other && !latin && letters is >= 2 and <= 24 && words <= 4 && !found.Overlaps(start, end))
            {
                found.Add(start, end - start, PiiKind.Person, 3);
            }
        }
    }

    /// <summary>Whether the title names a personal document (searched once per title, kept in <paramref name="state"/>).</summary>
    private static bool IsPersonalDocument(ReadOnlySpan<char> text, ref int state)
    {
        if (state >= 0)
        {
            return state == 1;
        }

        state = 0;
        int i = 0;
        while (i < text.Length && state == 0)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            int start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '\'' or '-'))
            {
                i++;
            }

            if (i > start && (s_personalDocumentWords.Contains(text[start..i]) || s_personalDocumentPhrases.StartsWithAny(text[start..])))
            {
                state = 1;
            }
        }

        return state == 1;
    }

    private static bool IsConversation(ReadOnlySpan<char> text, ref int state, Span<int> bounds, ref int segmentCount)
    {
        if (state < 0)
        {
            state = HasConversationSegment(text) ? 1 : 0;
            segmentCount = state == 1 ? Segments(text, bounds) : 0;
        }

        return state == 1;
    }

    private static bool HasOtherScript(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (c > '\u024F' && char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"1:1", "1-on-1", "1on1", "one-on-one", "&lt;&gt;": a title about two people.</summary>
    private static bool HasPairCue(ReadOnlySpan<char> text) =>
        ((text.Contains('1') || text.Contains('<') || text.Contains('↔') || text.Contains('⇄') || text.Contains("one-on-one", StringComparison.OrdinalIgnoreCase))
            && text.IndexOfAny(s_pairCues) >= 0)
        || IsMeetingWindow(text);

    // A meeting or call window's own prefix: the "A / B" it names are its two people ("Meet: Weekly – A / B").
    private static readonly string[] s_meetingPrefixes = ["Meet:", "Meeting:", "Call:", "Zoom:", "Zoom Meeting:", "Teams:", "Webex:", "Huddle:", "Besprechung:", "Réunion:", "Reunión:", "Reunião:", "Riunione:", "Overleg:"];

    private static bool IsMeetingWindow(ReadOnlySpan<char> text)
    {
        foreach (string prefix in s_meetingPrefixes)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="index"/> lies in the last of two or more title segments, where applications put their own name.</summary>
    private static bool IsInLastSegment(ReadOnlySpan<char> text, int index)
    {
        for (int i = index; i < text.Length; i++)
        {
            if (IsSegmentSeparator(text, i))
            {
                return false;
            }
        }

        for (int i = index - 1; i >= 0; i--)
        {
            if (IsSegmentSeparator(text, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasCapitalisedWord(ReadOnlySpan<char> text)
    {
        for (int i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsUpper(text[i]) && char.IsLower(text[i + 1]) && !IsAlnum(At(text, i - 1)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The end of the run of name words starting at <paramref name="start"/>: capitalised words joined by one space
    /// or "_", with particles and initials between them; it stops before interface words ("Notes", "Settings").
    /// </summary>
    private static int Run(ReadOnlySpan<char> text, int start, out int words, out int firstEnd)
    {
        firstEnd = NameWordEnd(text, start);
        int end = firstEnd;
        words = 1;
        int i = end;
        while (words < MaxWords && i < text.Length && text[i] is ' ' or '_')
        {
            int next = i + 1;
            // An initial: "John F. Kennedy".
            if (char.IsUpper(At(text, next)) && At(text, next + 1) == '.' && At(text, next + 2) == ' ' && char.IsUpper(At(text, next + 3)))
            {
                i = next + 2;
                continue;
            }

            int wordEnd = NameWordEnd(text, next);
            ReadOnlySpan<char> word = text[next..wordEnd];
            if (word.Length == 0)
            {
                break;
            }

            if (IsCapitalFamilyName(word) && !IsAlnum(At(text, wordEnd)))
            {
                // "Jean DUPONT": French and corporate directories write the family name in capitals.
                end = wordEnd;
                words++;
                i = wordEnd;
                continue;
            }

            if (word is "Ó" or "Ní" or "Nic" or "Mac" or "Ua" && At(text, wordEnd) == ' ' && IsCapitalised(text[(wordEnd + 1)..NameWordEnd(text, wordEnd + 1)]))
            {
                // Irish particles: "Tadhg Ó Súilleabháin", "Aoife Ní Bhriain".
                i = wordEnd;
                continue;
            }

            if (IsOneOf(word, s_particles) && char.IsLower(word[0]) && At(text, wordEnd) == text[i]
                && (char.IsUpper(At(text, wordEnd + 1)) || IsOneOf(text[(wordEnd + 1)..WordEnd(text, wordEnd + 1)], s_particles)))
            {
                i = wordEnd;
                continue;
            }

            if (!IsCapitalised(word) || IsNotSurname(word) || IsMonthOrDay(word) || !IsNameShaped(word) || IsAlnum(At(text, wordEnd)) && !char.IsLetter(At(text, wordEnd)))
            {
                break;
            }

            end = wordEnd;
            words++;
            i = wordEnd;
        }

        return end;
    }


    /// <summary>
    /// <see cref="Text.WordEnd"/>, and a hyphen before a short lower-case syllable that is no English word, as in
    /// romanised Korean and Chinese given names ("Ji-woo", "Min-jun", "Xiao-ming"); "Sign-in" and "Pop-up" stop at the hyphen.
    /// </summary>
    private static int NameWordEnd(ReadOnlySpan<char> text, int start)
    {
        int end = WordEnd(text, start);
        if (At(text, end) != '-' || end - start > 5 || !char.IsLower(At(text, end + 1)))
        {
            return end;
        }

        int pieceEnd = end + 1;
        while (pieceEnd < text.Length && char.IsAsciiLetterLower(text[pieceEnd]))
        {
            pieceEnd++;
        }

        int piece = pieceEnd - end - 1;
        ReadOnlySpan<char> syllable = text[(end + 1)..pieceEnd];
        return piece is >= 2 and <= 5 && !char.IsLetterOrDigit(At(text, pieceEnd)) && (!Lexicon.IsCommonWord(syllable) || s_givenNameSyllables.Contains(syllable))
            && !Lexicon.IsCommonWord(text[start..end])
            ? pieceEnd
            : end;
    }

    // Second syllables of romanised Korean given names that are also English words ("Ji-ho", "Ye-in", "Su-ah").
    private static readonly WordSet s_givenNameSyllables = WordSet.Of(["ho", "ah", "in", "an", "un", "on", "won", "soo", "bin", "hee", "young", "ha"]);

    /// <summary>"Ji-woo", "Seo-yeon": a hyphenated pair of syllables that <see cref="NameWordEnd"/> joined.</summary>
    private static bool IsHyphenatedGivenName(ReadOnlySpan<char> word)
    {
        int hyphen = word.IndexOf('-');
        return hyphen is >= 2 and <= 5 && hyphen + 1 < word.Length && char.IsLower(word[hyphen + 1]);
    }

    /// <summary>A family name written in capitals, three letters or more and not also an English word ("DUPONT", not "API").</summary>
    private static bool IsCapitalFamilyName(ReadOnlySpan<char> word)
    {
        return word.Length >= 3 && IsAllUpperLetters(word) && Lexicon.IsClearFamilyName(word) && !Lexicon.IsCommonWord(word) && !IsNotSurname(word);
    }

    private static bool IsAllUpperLetters(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    // Single words after a cue that name a product or an assistant, not a person: "Chat with Copilot".
    private static readonly WordSet s_assistants = WordSet.Of(
        ["Copilot", "Gemini", "Siri", "Alexa", "Cortana", "Bard", "Grok", "Perplexity", "Llama", "Mistral", "Bing", "Support", "Sales",
         "Everyone", "Team", "Teams", "Bot", "Assistant", "Agent", "Recruiting", "Engineering", "Marketing", "Finance", "Legal", "Design",
         "Product", "Ops", "DevOps", "Admin", "Admins", "Helpdesk", "Customer", "Customers", "Clients", "Friends", "Family", "Group",
         "Me", "Myself", "Yourself", "Us", "Them", "Zoom", "Slack", "Teams", "Outlook", "Gmail", "Google", "Microsoft", "Apple", "Amazon"]);

    /// <summary>
    /// One capitalised word right after a strong conversation cue ("Chat with Xiaoming", "Call with Okonkwo") that is no
    /// common word, no interface or product word, and shaped like a name: a person whose name the lists lack.
    /// </summary>
    private static bool IsLoneNameAfterCue(ReadOnlySpan<char> text, int start, int end)
    {
        ReadOnlySpan<char> word = text[start..end];
        if (word.Length < 3 || Lexicon.IsCommonWord(word) || IsNotSurname(word) || IsOneOf(word, s_assistants) || !IsNameShaped(word)
            || IsMonthOrDay(word) || IsAlnum(At(text, end)) || At(text, end) is '.' && char.IsLetter(At(text, end + 1)))
        {
            return false;
        }

        if (Lexicon.IsFamilyName(word, out bool ambiguousFamily) && ambiguousFamily)
        {
            return false;
        }

        // " <" after a lone word is a mail header's "Name <address>" only when an address follows ("Bearer <token>" is none).
        // A phone after it is no cue for one word the lists lack: "Pedido · +55 …", "Rechnung · +49 …" are a record and its number.
        return StrongCueBefore(text, start)
            || ((s_cuesAfter.StartsWithAny(text[end..]) || IsPhoneOrMailAfter(text, end, phone: false)) && !(At(text, end + 1) == '<' && text[end..].IndexOf('@') < 0));
    }

    /// <summary>
    /// Names that do not start with a capital and a lower-case letter: an initial and a family name ("J. Smith",
    /// "A.B. Kowalski"), a family name in capitals before the given name ("DUPONT Jean"), an apostrophe prefix
    /// ("D'Angelo Washington"). Returns where the scan goes on (after a finding), or <paramref name="start"/>.
    /// </summary>
    private static int SpecialStart(ReadOnlySpan<char> text, int start, ref Findings found, ref int conversationState, scoped Span<int> bounds, ref int segmentCount)
    {
        char next = At(text, start + 1);
        if (next is '\'' or '’' && char.IsUpper(At(text, start + 2)) && char.IsLower(At(text, start + 3)))
        {
            int end = Run(text, start, out int words, out _);
            if (words >= 2 && Lexicon.IsClearFirstName(text[(start + 2)..NameWordEnd(text, start + 2)]) && !found.Overlaps(start, end))
            {
                found.Add(start, end - start, PiiKind.Person, 3);
                return end;
            }

            return start;
        }

        if (next == '.')
        {
            // Initials: "J. Smith", "J.R. Smith", "A. B. Kowalski".
            int k = start;
            while (char.IsUpper(At(text, k)) && At(text, k + 1) == '.')
            {
                k += 2;
                if (At(text, k) == ' ' && char.IsUpper(At(text, k + 1)) && At(text, k + 2) == '.')
                {
                    k++;
                }
            }

            if (At(text, k) != ' ' || !char.IsUpper(At(text, k + 1)) || !char.IsLower(At(text, k + 2)) || IsAlnum(At(text, start - 1)) || At(text, start - 1) == '.')
            {
                return start;
            }

            int surnameEnd = NameWordEnd(text, k + 1);
            ReadOnlySpan<char> surname = text[(k + 1)..surnameEnd];
            if (IsAlnum(At(text, surnameEnd)) || IsNotSurname(surname) || !IsNameShaped(surname) || IsMonthOrDay(surname) || found.Overlaps(start, surnameEnd))
            {
                return start;
            }

            bool person = (Lexicon.IsClearFamilyName(surname) && !Lexicon.IsCommonWord(surname))
                || StrongCueBefore(text, start) || HasCueAfter(text, surnameEnd)
                || (IsConversation(text, ref conversationState, bounds, ref segmentCount) && IsWholeSegment(text, start, surnameEnd, bounds[..(segmentCount * 2)]));
            if (person)
            {
                found.Add(start, surnameEnd - start, PiiKind.Person, 3);
                return surnameEnd;
            }

            return start;
        }

        if (char.IsUpper(next))
        {
            // "DUPONT Jean", "KOWALSKI Anna": a family name in capitals, then a clear given name.
            int capsEnd = start;
            while (capsEnd < text.Length && char.IsUpper(text[capsEnd]))
            {
                capsEnd++;
            }

            if (At(text, capsEnd) != ' ' || !IsCapitalFamilyName(text[start..capsEnd]))
            {
                return start;
            }

            int givenEnd = NameWordEnd(text, capsEnd + 1);
            if (givenEnd > capsEnd + 1 && IsCapitalised(text[(capsEnd + 1)..givenEnd]) && Lexicon.IsClearFirstName(text[(capsEnd + 1)..givenEnd])
                && !IsAlnum(At(text, givenEnd)) && !found.Overlaps(start, givenEnd))
            {
                found.Add(start, givenEnd - start, PiiKind.Person, 3);
                return givenEnd;
            }
        }

        return start;
    }

    /// <summary>
    /// Capitals inside a word make it a product ("DevOps", "PowerPoint", "GitHub"), except the prefixes of names
    /// ("McDonald", "MacArthur", "DeShawn", "LeBron", "O'Brien", "Jean-Luc").
    /// </summary>
    private static bool IsNameShaped(ReadOnlySpan<char> word)
    {
        int inner = -1;
        for (int i = 1; i < word.Length; i++)
        {
            if (char.IsUpper(word[i]) && word[i - 1] is not ('-' or '\'' or '’'))
            {
                inner = i;
                break;
            }
        }

        if (inner < 0)
        {
            return true;
        }

        ReadOnlySpan<char> prefix = word[..inner];
        return prefix is "Mc" or "Mac" or "De" or "Di" or "Da" or "La" or "Le" or "Van" or "Von";
    }

    private static bool IsNotSurname(ReadOnlySpan<char> word) => s_notSurnames.Contains(word);

    // Without any cue a first name and surnames are a person only when nothing says they are a topic: a place
    // ("San Jose", "Santa Clara"), a subject after them ("Marie Curie biography", "Kevin Hart tickets"), or a reference
    // or media site's page ("Alexander McQueen - Wikipedia", "Lily Allen - Spotify"): those name public figures.
    private static readonly WordSet s_placePrefixes = WordSet.Of(["San", "Santa", "Santo", "São", "St", "Saint", "Sainte", "Fort", "Port", "Mount", "Lake", "Cape", "Los", "Las", "El", "La", "New",
        "Gare", "Gran", "Grand", "Rio", "Río", "Rua", "Avenida", "Calle", "Via", "Vía", "Piazza", "Praça", "Plaza", "Place", "Rue", "Sala", "Salle",
        "Saal", "Raum", "Zaal", "Sali", "Porto", "Puerto", "Monte", "Bad", "Villa", "Castel", "Castello", "Ciudad", "Cidade", "Playa", "Praia",
        // Institutes, saints' towns, national adjectives and teams in the languages of Europe and Turkey ("Instituto …", "Sankt …", "Équipe …").
        "Instituto", "Institut", "Istituto", "Sankt", "Deutsche", "Deutscher", "Deutsches", "Türk", "Totes", "Équipe", "Equipo", "Vertrieb", "Kundenservice"]);

    private static readonly WordSet s_topicWords = WordSet.Of(
        ["tickets", "ticket", "tour", "biography", "bio", "quotes", "quote", "movies", "movie", "films", "film", "songs", "song", "lyrics",
         "album", "albums", "discography", "books", "book", "novels", "facts", "laws", "law", "theory", "theorem", "equation", "collection",
         "outlet", "sale", "store", "shop", "boots", "bags", "shoes", "perfume", "fragrance", "musical", "concert", "concerts", "interview",
         "podcast", "documentary", "net", "worth", "wiki", "fan", "fans", "merch", "costume", "museum", "statue", "award", "prize", "day",
         "speech", "speeches", "poems", "paintings", "painting", "exhibition", "recipes", "recipe", "cookbook", "lecture", "lectures",
         "filmography", "transcript", "stats", "highlights", "career", "height", "age", "wife", "husband", "net worth", "hotels", "hotel", "resorts",
         "weather", "flights", "restaurants", "font", "fonts", "typeface", "jersey", "cards", "rookie", "draft", "trade", "injury",
         "news", "latest", "scandal", "trial", "election", "campaign", "map", "maps", "directions", "hours", "reviews", "menu", "parking"]);

    private static readonly WordSet s_publicReferenceSites = WordSet.Of(
        ["Wikipedia", "IMDb", "Britannica", "Spotify", "Apple Music", "YouTube", "YouTube Music", "Netflix", "Hulu", "Prime Video", "Disney+",
         "Goodreads", "Audible", "Kindle", "Ticketmaster", "Genius", "Last.fm", "SoundCloud", "Rotten Tomatoes", "Letterboxd", "Fandom",
         "Wikiquote", "Wikimedia Commons", "Biography", "ESPN", "Billboard", "Deezer", "Tidal", "Pandora", "Songkick", "StubHub", "Eventbrite"]);

    /// <summary>"Tanaka Hiroshi", "Nguyen Van": family name first, as East Asian and Hungarian names are written; the second word is a clear given name.</summary>
    private static bool IsClearGivenAfter(ReadOnlySpan<char> text, int firstEnd, int end)
    {
        int start = firstEnd;
        while (start < end && !char.IsLetter(text[start]))
        {
            start++;
        }

        int wordEnd = NameWordEnd(text, start);
        return wordEnd == end && (Lexicon.IsClearFirstName(text[start..wordEnd]) || IsHyphenatedGivenName(text[start..wordEnd]));
    }

    private static bool IsBareName(ReadOnlySpan<char> text, int start, int firstEnd, int end, int words)
    {
        if (words > 3 || IsOneOf(text[start..firstEnd], s_placePrefixes) || AnyCommonWord(text, firstEnd, end))
        {
            return false;
        }

        // The run may start after the place word it belongs to ("San Jose Sharks" is tried again from "Jose").
        int before = start - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }

        int previousStart = before;
        while (previousStart >= 0 && char.IsLetter(text[previousStart]))
        {
            previousStart--;
        }

        if (before >= 0 && before < start - 1 && IsOneOf(text[(previousStart + 1)..(before + 1)], s_placePrefixes))
        {
            return false;
        }

        int next = end;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        int nextEnd = WordEnd(text, next);
        if (nextEnd > next && IsOneOf(text[next..nextEnd], s_topicWords))
        {
            return false;
        }

        Span<int> bounds = stackalloc int[32];
        int n = Segments(text, bounds);
        return n < 2 || !IsOneOf(text[bounds[(n - 1) * 2]..bounds[((n - 1) * 2) + 1]], s_publicReferenceSites);
    }

    private static bool AnyCommonWord(ReadOnlySpan<char> text, int start, int end)
    {
        int i = start;
        while (i < end)
        {
            int wordEnd = NameWordEnd(text, i);
            if (i > start && wordEnd < end && IsOneOf(text[i..wordEnd], s_particles))
            {
                // "Nour Bin Rashid", "Daan De Vries": a particle between names.
                i = wordEnd + 1;
                continue;
            }

            if (wordEnd > i && char.IsUpper(text[i]) && ((Lexicon.IsCommonWord(text[i..wordEnd]) && !Lexicon.IsFirstName(text[i..wordEnd], out _))
                || IsMonthOrDay(text[i..wordEnd]) || s_personalDocumentWords.Contains(text[i..wordEnd]) || IsNotSurname(text[i..wordEnd])))
            {
                return true;
            }

            i = Math.Max(wordEnd, i + 1);
            while (i < end && !char.IsLetter(text[i]))
            {
                i++;
            }
        }

        return false;
    }

    /// <summary>2 after a conversation or mail cue, 1 after a weak cue ("for", "about"), 0 otherwise.</summary>
    private static int CueBefore(ReadOnlySpan<char> text, int start) =>
        StrongCueBefore(text, start) ? 2 : s_weakCues.EndsWithAny(text[..start]) ? 1 : 0;

    private static bool StrongCueBefore(ReadOnlySpan<char> text, int start)
    {
        ReadOnlySpan<char> before = text[..start].TrimEnd();
        // Lists of people after one cue: "Chat with Alice and Bob", "To: Jane Doe, Bob Smith".
        for (int hops = 0; hops < 4; hops++)
        {
            if (s_cues.EndsWithAny(before))
            {
                return true;
            }

            ReadOnlySpan<char> joined = before.EndsWith(",") ? before[..^1] : before.EndsWith(" and") ? before[..^4]
                : before.EndsWith(" &") ? before[..^2] : before.EndsWith(" /") ? before[..^2] : [];
            if (joined.IsEmpty)
            {
                return false;
            }

            // Skip back over the previous name (capitalised words) to the cue before it.
            joined = joined.TrimEnd();
            int k = joined.Length;
            int names = 0;
            while (k > 0 && names < MaxWords)
            {
                int wordStart = k;
                while (wordStart > 0 && char.IsLetter(joined[wordStart - 1]))
                {
                    wordStart--;
                }

                if (wordStart == k || char.IsLower(joined[wordStart]))
                {
                    break;
                }

                names++;
                k = wordStart;
                if (k > 0 && joined[k - 1] == ' ')
                {
                    k--;
                }
                else
                {
                    break;
                }
            }

            if (names == 0)
            {
                return false;
            }

            before = joined[..k].TrimEnd();
        }

        return false;
    }

    private static readonly PhraseList s_cuesAfter = PhraseList.Of(
        [" is typing", " is presenting", " is sharing", " is calling", " is speaking", " is recording", " has joined", " joined the",
         " left the", " wants to", " invited you", " shared ", " mentioned you", " replied", " sent you", " (guest)", " (external)", " (@",
         " (you)", " (organizer)", " (host)", " on x", " on twitter", " on linkedin", " on instagram", " on facebook", " on tiktok",
         " on threads", " on bluesky", " on mastodon", " on github", " is online", " is offline", " is away", " was active", " (away)",
         " (busy)", " (offline)", " (online)", " <",
         // A signature or a record: the name, then its phone, its record number or its employee id.
         " · tel", " – tel", " | tel", " - tel", " · tél", " – tél", " | tél", " · mobile", " – mobile", " | mobile", " · mob", " | mob",
         " · móvil", " | móvil", " – móvil", " · handy", " | handy", " – handy", " · tlf", " | tlf", " · phone", " | phone", " / 携帯",
         " (mrn", " (nhs", " (employee", " (emp-", " (personnel", " (student", " (matr", " (patient"]);

    private static readonly WordSet s_monthsAndDays = WordSet.Of(
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
         "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]);

    private static readonly WordSet s_institutionWords = WordSet.Of(
        ["Bridge", "Street", "Avenue", "Boulevard", "Road", "Square", "Park", "Station", "Airport", "Stadium", "Arena", "Hall", "Center", "Centre",
         "University", "College", "School", "Elementary", "Academy", "Institute", "Hospital", "Clinic", "Foundation", "Trust", "Fund", "Museum",
         "Library", "Memorial", "Monument", "Cathedral", "Church", "Theatre", "Theater", "Tower", "Building", "Award", "Awards", "Prize", "Medal",
         "Fellowship", "Scholarship", "Lecture", "Day", "Festival", "Tunnel", "Highway", "Expressway", "Parkway", "Freeway", "Boulevard",
         "Syndrome", "Disease", "Effect", "Theorem", "Equation", "Principle", "Method", "Act", "Doctrine", "Estate", "House", "Palace", "Castle",
         "Gardens", "Zoo", "Aquarium", "Observatory", "Lake", "River", "Mountain", "Island", "County", "Township"]);

    private static bool IsInstitutionAfter(ReadOnlySpan<char> text, int end)
    {
        if (At(text, end) != ' ' || !char.IsUpper(At(text, end + 1)))
        {
            return false;
        }

        int wordEnd = end + 1;
        while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        return IsOneOf(text[(end + 1)..wordEnd], s_institutionWords);
    }

    private static bool IsMonthOrDay(ReadOnlySpan<char> word) => IsOneOf(word, s_monthsAndDays);

    private static bool HasCueAfter(ReadOnlySpan<char> text, int end) =>
        s_cuesAfter.StartsWithAny(text[end..]) || IsPhoneOrMailAfter(text, end, phone: true);

    /// <summary>A token of a file's name: a dot, then two to five lower-case letters at its end (<c>ext</c> is the last dot).</summary>
    private static bool HasFileExtension(ReadOnlySpan<char> token, int ext) =>
        ext > 0 && token.Length - ext - 1 is >= 2 and <= 5 && token[(ext + 1)..].IndexOfAnyExceptInRange('a', 'z') < 0;

    /// <summary>
    /// A contact's card or signature: the name, a separator and a phone number ("… · +46 8 …", "… – 06 30 …"), or the
    /// name and its e-mail address in brackets ("… (j.doe@example.com)"). Without <paramref name="phone"/>, only the
    /// address counts.
    /// </summary>
    private static bool IsPhoneOrMailAfter(ReadOnlySpan<char> text, int end, bool phone)
    {
        if (At(text, end) != ' ')
        {
            return false;
        }

        int k = end + 1;
        if (At(text, k) == '(')
        {
            int close = text[k..].IndexOf(')');
            ReadOnlySpan<char> inside = close > 0 ? text[(k + 1)..(k + close)] : [];
            int at = inside.IndexOf('@');
            return at > 0 && at < inside.Length - 3 && inside.IndexOf(' ') < 0 && inside[(at + 1)..].Contains('.');
        }

        if (!phone || !IsSegmentSeparator(text, Math.Min(k, text.Length - 1)) || At(text, k + 1) != ' ')
        {
            return false;
        }

        char c = At(text, k + 2);
        return (c == '+' && char.IsAsciiDigit(At(text, k + 3))) || (c == '(' && char.IsAsciiDigit(At(text, k + 3)))
            || (c == '0' && char.IsAsciiDigit(At(text, k + 3)));
    }

    /// <summary>"Alice / Bob", "Alice &lt;&gt; Bob", "Alice &amp; Bob": the name stands next to a pairing mark.</summary>
    private static bool IsPaired(ReadOnlySpan<char> text, int start, int end)
    {
        ReadOnlySpan<char> before = text[..start].TrimEnd(' ');
        ReadOnlySpan<char> after = text[end..].TrimStart(' ');
        return before.EndsWith("/") || before.EndsWith("<>") || before.EndsWith("&") || before.EndsWith(" x") || before.EndsWith("1:1")
            || before.EndsWith("1-on-1") || before.EndsWith("1on1") || before.EndsWith("↔") || before.EndsWith("⇄")
            || after.StartsWith("/") || after.StartsWith("<>") || after.StartsWith("&") || after.StartsWith("x ") || after.StartsWith("↔") || after.StartsWith("⇄");
    }

    private static bool IsPossessive(ReadOnlySpan<char> text, int end)
    {
        if (end + 3 > text.Length || !(text[end] is '\'' or '’' && text[end + 1] is 's' or 'S' && text[end + 2] == ' '))
        {
            return false;
        }

        int next = end + 3;
        int wordEnd = next;
        while (wordEnd < text.Length && (char.IsLetterOrDigit(text[wordEnd]) || text[wordEnd] is '-' or ':'))
        {
            wordEnd++;
        }

        if (IsOneOf(text[next..wordEnd], s_ownedThings))
        {
            return true;
        }

        // "Tuomas's packing list", "Ines's onboarding plan": a word that says which one, then the thing owned.
        if (At(text, wordEnd) != ' ' || wordEnd == next || !(char.IsLower(text[next]) || char.IsAsciiDigit(text[next])))
        {
            return false;
        }

        int second = wordEnd + 1;
        int secondEnd = second;
        while (secondEnd < text.Length && char.IsLetter(text[secondEnd]))
        {
            secondEnd++;
        }

        return secondEnd > second && IsOneOf(text[second..secondEnd], s_ownedThings);
    }

    /// <summary>"Doe, Jane": a capitalised word and a comma just before a clear first name that ends the segment.</summary>
    private static bool SurnameCommaBefore(ReadOnlySpan<char> text, int start, out int surnameStart)
    {
        surnameStart = -1;
        if (start < 4 || text[start - 1] != ' ' || text[start - 2] != ',')
        {
            return false;
        }

        int end = WordEnd(text, start);
        char after = At(text, end);
        int afterNext = end + 1;
        bool ends = end >= text.Length || after is '/' or '\\' or ';' or ')' or ']' or '>' or '"'
            || (after == ' ' && (IsSegmentSeparator(text, Math.Min(afterNext, text.Length - 1)) || At(text, afterNext) is '(' or '<' or '['));
        int k = start - 2;
        int wordStart = k;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        if (!ends || wordStart == k || !IsCapitalised(text[wordStart..k]) || IsAlnum(At(text, wordStart - 1)) || IsNotSurname(text[wordStart..k]))
        {
            return false;
        }

        surnameStart = wordStart;
        return true;
    }

    private static bool HasConversationSegment(ReadOnlySpan<char> text)
    {
        Span<int> bounds = stackalloc int[32];
        int n = Segments(text, bounds);
        if (n < 2 && !text.EndsWith("(DM)", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (int s = 0; s < n; s++)
        {
            ReadOnlySpan<char> segment = text[bounds[s * 2]..bounds[(s * 2) + 1]];
            if (IsOneOf(WithoutCount(segment), s_conversationSegments) || segment.EndsWith("(DM)", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return text.EndsWith("(DM)", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsWholeSegment(ReadOnlySpan<char> text, int start, int end, ReadOnlySpan<int> bounds)
    {
        for (int s = 0; s * 2 < bounds.Length; s++)
        {
            int segmentStart = bounds[s * 2];
            int segmentEnd = bounds[(s * 2) + 1];
            if (segmentStart > start || end > segmentEnd)
            {
                continue;
            }

            // Only symbols, a presence dot, an emoji or a notification count ("(3) ") may come before the name, or
            // the people listed before it in a group chat's title ("Seo-yeon Park, Minho Lee and 2 others").
            ReadOnlySpan<char> lead = text[segmentStart..start];
            bool listed = (lead.EndsWith(", ") || lead.EndsWith(" and ") || lead.EndsWith(" & ")) && IsNameList(lead);
            if (!listed)
            {
                foreach (char c in lead)
                {
                    if (char.IsLetter(c))
                    {
                        return false;
                    }
                }
            }

            ReadOnlySpan<char> rest = text[end..segmentEnd].Trim();
            if (rest.StartsWith("and ") || rest.StartsWith("& ") || rest.StartsWith(", ") || rest.StartsWith("+ "))
            {
                // A group chat named by its people: "Amit and Neha", "Erik, Anna, +2".
                return true;
            }

            if (rest.Length > 3 && rest[0] == '(' && rest[^1] == ')' && char.IsUpper(rest[1]) && rest[1..^1].IndexOfAny('(', ')') < 0
                && rest[1..^1].Count(' ') < 3 && !IsOneOf(rest[1..^1], s_presence))
            {
                // An external party's company after the name: "Zsófia Kertész (Contoso)".
                return true;
            }

            if (rest.IsEmpty || rest.Equals("(DM)", StringComparison.OrdinalIgnoreCase)
                || (rest.Length > 2 && rest[0] == '(' && rest[^1] == ')' && IsOneOf(rest[1..^1], s_presence)))
            {
                return true;
            }
        }

        return false;
    }


    private static readonly string[] s_replyPrefixes = ["Re:", "RE:", "Fwd:", "FWD:", "Fw:", "FW:", "AW:", "WG:", "TR:", "SV:", "VS:", "RV:", "Odp:", "Rif:", "R:",
        // Replies to an invitation carry the subject, then the person who replied.
        "Accepted:", "Declined:", "Tentative:", "Tentatively accepted:", "Angenommen:", "Abgelehnt:", "Mit Vorbehalt:", "Accepté:", "Refusé:",
        "Provisoire:", "Aceptado:", "Rechazado:", "Aceito:", "Recusado:", "Accettato:", "Rifiutato:", "Geaccepteerd:", "Geweigerd:"];

    /// <summary>A mail's subject line ("Re: Lease renewal — Ngaio Whetu"): the segment after the subject is its sender.</summary>
    private static bool IsMailSubject(ReadOnlySpan<char> text)
    {
        foreach (string prefix in s_replyPrefixes)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsMailSender(ReadOnlySpan<char> text, int start, int end)
    {
        Span<int> bounds = stackalloc int[32];
        int n = Segments(text, bounds);
        return n >= 2 && start > bounds[1] && IsWholeSegment(text, start, end, bounds[..(n * 2)]);
    }

    /// <summary>Whether the text ends with a file extension (".pdf", ".docx"): the title is a file's name, not an application's window.</summary>
    private static bool EndsWithFileExtension(ReadOnlySpan<char> text)
    {
        int dot = text.LastIndexOf('.');
        return dot > 0 && text.Length - dot - 1 is >= 2 and <= 4 && text[(dot + 1)..].IndexOfAnyExceptInRange('a', 'z') < 0 && char.IsLetter(text[dot - 1]);
    }

    /// <summary>Capitalised words joined by ", ", " and ", " &amp; " only: the names before the last one in a group chat's title.</summary>
    private static bool IsNameList(ReadOnlySpan<char> lead)
    {
        int i = 0;
        while (i < lead.Length)
        {
            char c = lead[i];
            if (c is ' ' or ',' or '&')
            {
                i++;
                continue;
            }

            int end = i;
            while (end < lead.Length && (char.IsLetter(lead[end]) || lead[end] is '-' or '\'' or '.'))
            {
                end++;
            }

            ReadOnlySpan<char> word = lead[i..end];
            if (end == i || !(char.IsUpper(word[0]) || word is "and"))
            {
                return false;
            }

            i = end;
        }

        return true;
    }

    // A messenger's presence or role after a name in its own segment: "Ji-woo Kim (Available)".
    private static readonly WordSet s_presence = WordSet.Of(
        ["available", "away", "busy", "offline", "online", "idle", "in a meeting", "in a call", "presenting", "do not disturb", "dnd",
         "be right back", "appear away", "out of office", "ooo", "guest", "external", "unverified", "you", "host", "organizer", "organiser"]);

    /// <summary>A segment without an unread count: "(2) Messenger" is "Messenger".</summary>
    private static ReadOnlySpan<char> WithoutCount(ReadOnlySpan<char> segment)
    {
        if (segment.Length > 4 && segment[0] == '(')
        {
            int close = segment.IndexOf(')');
            if (close > 1 && segment[1..close].IndexOfAnyExceptInRange('0', '9') < 0 && At(segment, close + 1) == ' ')
            {
                return segment[(close + 2)..];
            }
        }

        return segment;
    }

    private static readonly string[] s_userRoots = ["\\Users\\", "/Users/", "/home/"];

    /// <summary>Where the user's own folder ends in a path ("C:\Users\jane_doe\", "/home/jdoe/"): that folder is a login, not a name.</summary>
    private static int UserDirectoryEnd(ReadOnlySpan<char> token)
    {
        foreach (string root in s_userRoots)
        {
            int at = token.IndexOf(root, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                int folder = at + root.Length;
                int next = token[folder..].IndexOfAny('/', '\\');
                return next < 0 ? token.Length : folder + next;
            }
        }

        return 0;
    }

    /// <summary>File names written in lower case: "jane_doe_resume.pdf", "offer-letter-jane-smith.docx".</summary>
    private static void FindGluedLowerCaseNames(ReadOnlySpan<char> text, ref Findings found)
    {
        int dot = text.IndexOf('.');
        if (dot < 0 || (text.IndexOf('_') < 0 && text.IndexOf('-') < 0))
        {
            return;
        }

        int i = 0;
        while (i < text.Length)
        {
            // A token of a file name: letters, digits and "_-." up to whitespace.
            int tokenStart = Text.NextToken(text, ref i);
            ReadOnlySpan<char> token = text[tokenStart..i];
            int ext = token.LastIndexOf('.');
            int home = UserDirectoryEnd(token);
            if (!HasFileExtension(token, ext))
            {
                continue;
            }

            int w = 0;
            while (w < ext)
            {
                int wEnd = w;
                while (wEnd < ext && char.IsAsciiLetterLower(token[wEnd]))
                {
                    wEnd++;
                }

                int next = wEnd + 1;
                int nextEnd = next;
                while (nextEnd < ext && char.IsAsciiLetterLower(token[nextEnd]))
                {
                    nextEnd++;
                }

                bool glued = wEnd < ext && token[wEnd] is '_' or '-' && nextEnd > next;
                bool startsWord = (w == 0 || !char.IsAsciiLetter(token[w - 1])) && w >= home;
                if (glued && startsWord && wEnd - w >= 3 && Lexicon.IsClearFirstName(token[w..wEnd]) && nextEnd - next >= 2
                    && !IsNotSurname(token[next..nextEnd]) && !IsOneOf(token[next..nextEnd], s_fileWords)
                    && !found.Overlaps(tokenStart + w, tokenStart + nextEnd))
                {
                    found.Add(tokenStart + w, nextEnd - w, PiiKind.Person, 3);
                    w = nextEnd;
                    continue;
                }

                w = Math.Max(wEnd, w) + 1;
            }
        }
    }
}
