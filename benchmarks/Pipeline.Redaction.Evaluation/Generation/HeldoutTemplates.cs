namespace Pipeline.Redaction.Evaluation.Generation;

/// <summary>
/// The held-out family. Every class of <see cref="DevTemplates"/> is here again, worded differently (other apps,
/// other phrasings, other separators) and filled from <see cref="HeldoutPools"/>, whose values dev never uses.
/// Scored only in aggregate: nobody tuning the redactor reads its lines or its errors (<c>--show-errors</c> refuses it).
/// </summary>
internal static class HeldoutTemplates
{
    private const int LinesPerTemplate = 5;

    private static Template T(string name, string source, string text, int count = LinesPerTemplate) =>
        new("heldout." + name, source, text, count);

    public static IReadOnlyList<Template> All { get; } =
    [
        // PERSON
        T("huddle-with", "meeting", "Huddle with {PERSON=person}{sep}Slack"),
        T("facetime", "meeting", "FaceTime{sep}{PERSON=person}"),
        T("signal", "chat", "Signal{sep}{PERSON=person}"),
        T("message-from", "chat", "Message from {PERSON=person}"),
        T("fwd-introduction", "mail", "Fwd: Introduction{sep}{PERSON=person} <{EMAIL=emailOfPerson}>"),
        T("zoom-meeting-owner", "meeting", "{PERSON=person}'s Zoom Meeting"),
        T("performance-review", "path", "Performance review - {PERSON=person} - {year}.docx"),
        T("interview", "tab", "Interview: {PERSON=person} ({role}){sep}Greenhouse"),
        T("call-notes", "path", "Notes from call with {PERSON=given}.md"),
        T("native-messenger", "chat", "{PERSON=personNative}{sep}{one:LINE|KakaoTalk|WeChat}"),
        T("sync-pair", "meeting", "Weekly sync: {PERSON=given} <> {PERSON=given}{sep}Google Calendar"),
        T("cv-dashed", "path", "CV_{PERSON=personDash}.pdf"),
        T("to-cc", "mail", "To: {PERSON=person}; Cc: {PERSON=person}{sep}Outlook"),
        T("airdrop-device", "window", "AirDrop{sep}{PERSON=given}'s iPhone"),
        T("group-chat", "chat", "{PERSON=given}, {PERSON=given}, {PERSON=given}{sep}Chat{sep}Microsoft Teams"),
        T("webex-host", "meeting", "Webex meeting hosted by {PERSON=person}"),
        T("georgia-advisory", "tab", "Georgia travel advisory{sep}{one:GOV.UK|travel.state.gov}"),
        T("june-newsletter", "path", "June {year} newsletter draft.docx"),
        T("victoria-station", "tab", "Victoria Station departures{sep}National Rail"),
        T("rails-guides", "tab", "Ruby on Rails Guides{sep}Active Record Basics", 1),
        T("sterling-silver", "tab", "Sterling silver ring{sep}Etsy"),
        T("hazel-app", "window", "Hazel{sep}Rules"),
        T("sydney-opera", "tab", "Sydney Opera House tickets", 1),
        T("iris-dataset", "path", "Iris dataset.csv", 1),
        T("huddle-group", "meeting", "Huddle with {group}{sep}Slack"),
        T("message-from-service", "chat", "Message from {one:your bank|Apple|HMRC|the school}"),
        T("frank-feedback", "tab", "Frank feedback culture{sep}Harvard Business Review"),
        T("max-volume", "window", "Max volume{sep}Sound"),
        T("amber-alerts", "tab", "Amber alerts{sep}Emergency settings"),
        T("austin-weather", "tab", "Austin, TX weather{sep}{int:10-35}°C"),
        T("june-calendar", "tab", "June {year}{sep}Calendar"),

        // HANDLE
        T("mastodon", "tab", "{HANDLE=fediHandle}{sep}Mastodon"),
        T("bluesky", "tab", "{HANDLE=bskyHandle}{sep}Bluesky"),
        T("discord-direct", "chat", "Direct Messages{sep}{HANDLE=atHandle}{sep}Discord"),
        T("tiktok", "tab", "{PERSON=person} ({HANDLE=atHandle}) | TikTok"),
        T("discord-tag", "chat", "Friends{sep}{HANDLE=discordTag}{sep}Discord"),
        T("telegram-handle", "chat", "Telegram{sep}{HANDLE=atHandle}"),
        T("dm-with", "chat", "DM with {HANDLE=handle}"),
        T("keyframes", "tab", "@keyframes{sep}CSS | MDN"),
        T("spring-transactional", "tab", "Using @Transactional in Spring{sep}Baeldung"),
        T("pnpm-scope", "terminal", "pnpm add @tanstack/react-query", 1),
        T("everyone-pings", "tab", "Disable @everyone pings{sep}Discord Support"),
        T("splash-ipad", "path", "splash@{one:2x|3x}~ipad.png"),
        T("meet-at", "window", "Coffee @ {time}{sep}Calendar"),

        // CHANNEL
        T("discord-server-channel", "chat", "{CHANNEL=channel} | {discordServer} | Discord"),
        T("teams-plain-channel", "chat", "{CHANNEL=plainChannel} | Microsoft Teams"),
        T("mattermost", "chat", "Mattermost{sep}{CHANNEL=channel}"),
        T("slack-new-messages", "chat", "Slack{sep}{CHANNEL=channel}{sep}{int:2-30} new messages"),
        T("rocket-chat", "chat", "{CHANNEL=channel}{sep}Rocket.Chat"),
        T("hashtag-instagram", "tab", "#{one:Olympics|MondayMotivation|NowPlaying|Wimbledon}{sep}Instagram"),
        T("best-seller", "tab", "#1 Best Seller in {one:Electronics|Books|Kitchen}{sep}Amazon"),
        T("theme-color", "window", "Background {hexColor}{sep}Theme editor"),
        T("csharp-vs-fsharp", "tab", "C# vs F#: which to learn?", 1),
        T("markdown-heading", "ide", "## Installation{sep}README.md"),

        // REPO
        T("bitbucket-prs", "tab", "Pull requests · {REPO=repo} · Bitbucket"),
        T("compare-branches", "tab", "Comparing main...{one:feature/login|fix/retry|release/2.0} · {REPO=repo}"),
        T("gh-pr-checkout", "terminal", "gh pr checkout {int:10-999} -R {REPO=repo}"),
        T("jetbrains-repo", "ide", "{REPO=repo} [main]{sep}{codeFile}"),
        T("gitea", "tab", "{REPO=repo}{sep}Gitea"),
        T("issue-number", "tab", "Issue #{int:10-9999}{sep}{REPO=repo}{sep}GitHub"),
        T("client-server", "tab", "Client/server architecture{sep}Wikipedia"),
        T("q1-q2", "path", "Q1/Q2 roadmap.pptx", 1),
        T("adr", "path", "docs/adr/00{int:10-99}-use-kafka.md"),
        T("io-basics", "tab", "Input/Output (I/O) basics in {one:C|Rust|Go}"),
        T("cd-path", "terminal", "cd src/main/{one:java|kotlin|resources}"),

        // ADDRESS
        T("apple-maps", "tab", "{ADDRESS=address}{sep}Apple Maps"),
        T("parcel-delivery", "mail", "Your parcel will be delivered to {ADDRESS=address}"),
        T("open-house", "tab", "Open house at {ADDRESS=address}{sep}{realEstate}"),
        T("tenancy", "path", "Tenancy - {ADDRESS=address}.docx"),
        T("bolt-dropoff", "window", "Bolt{sep}Drop-off: {ADDRESS=addressShort}"),
        T("penny-lane", "tab", "Penny Lane (Remastered 2009){sep}Apple Music"),
        T("champs-elysees", "tab", "Champs-Élysées{sep}Wikipedia"),
        T("coronation-street", "tab", "Coronation Street{sep}ITVX"),
        T("fifth-avenue", "tab", "Fifth Avenue shopping guide", 1),
        T("street-view", "tab", "Street View{sep}Google Maps"),

        // ORG
        T("msa-glued", "path", "MSA_{ORG=orgGlued}_signed.pdf"),
        T("hubspot-deal", "tab", "{ORG=org}{sep}Deal{sep}HubSpot"),
        T("slack-workspace-settings", "tab", "Workspace settings{sep}{ORG=org}{sep}Slack"),
        T("purchase-order", "mail", "Purchase order from {ORG=org}"),
        T("due-diligence", "path", "Due diligence/{ORG=org}/financials.xlsx"),
        T("open-roles", "tab", "{ORG=org}{sep}{role}{sep}Open roles"),
        T("excel-book", "window", "Book{int:1-9} - Excel"),
        T("photoshop", "window", "Adobe Photoshop {year}"),
        T("netflix", "tab", "Netflix{sep}Home"),
        T("linkedin-learning", "tab", "LinkedIn Learning{sep}{one:Python essentials|Excel tips|Leadership foundations}"),

        // ID
        T("insurance-member", "tab", "Member ID {ID=id:member}{sep}{insurer}"),
        T("staff-number", "tab", "Staff number: {ID=id:staff}{sep}SAP SuccessFactors"),
        T("policy-number", "tab", "Policy {ID=id:policy}{sep}{insurer}"),
        T("tax-id", "window", "Tax ID {ID=id:tax}{sep}{one:ELSTER|Income Tax e-Filing|HMRC}"),
        T("student-id", "tab", "Student ID {ID=id:student}{sep}Canvas"),
        T("driver-licence", "tab", "Driver licence {ID=id:licence}{sep}DMV"),
        T("stripe-connected", "tab", "{ID=id:stripe}{sep}Connected accounts{sep}Stripe"),
        T("servicenow", "tab", "INC{shape:00#####}{sep}ServiceNow"),
        T("flight-status", "tab", "{one:BA|KL|QF} {int:10-999} flight status"),
        T("linear-issue", "tab", "{jiraKey} {ticket}{sep}Linear"),
        T("sku", "tab", "SKU {shape:##-####-##}{sep}Inventory"),

        // EMAIL
        T("proton-mail", "mail", "{EMAIL=email}{sep}Proton Mail"),
        T("reset-password-for", "tab", "Reset password for {EMAIL=email}"),
        T("vcard", "path", "Contacts/{EMAIL=emailUnicode}.vcf"),
        T("invite-email", "chat", "Invite {EMAIL=email} to {one:workspace|the team|this channel}"),
        T("reply-to", "mail", "Reply-To: <{EMAIL=emailPlus}>"),
        T("ssh-test", "terminal", "ssh -T git@{one:github.com|gitlab.com|bitbucket.org}"),
        T("mailto-explained", "tab", "mailto: links explained{sep}CSS-Tricks"),
        T("pin-versions", "terminal", "pip install requests==2.{int:20-32}.0 && npm i express@{ver3}"),

        // CARD
        T("card-number", "window", "Card number: {CARD=card}"),
        T("receipt-compact", "path", "receipt_{CARD=cardCompact}.pdf"),
        T("dispute-charge", "tab", "Dispute charge on {CARD=card}{sep}Support"),
        T("pay-with", "tab", "Pay with {CARD=card}{sep}Checkout"),
        T("virtual-card", "window", "Virtual card {CARD=card}{sep}Revolut"),
        T("transaction-invalid-luhn", "window", "Transaction {cardInvalid}{sep}Ledger"),
        T("barcode", "tab", "Barcode {ean13}{sep}Open Food Facts"),
        T("masked-card", "tab", "Card {cardLast4}{sep}Apple Wallet"),

        // IBAN
        T("beneficiary", "tab", "Beneficiary {IBAN=iban}{sep}Wise"),
        T("kontoauszug-glued", "path", "Kontoauszug_{IBAN=ibanCompact}_{yearMonth}.pdf"),
        T("iban-lower", "window", "iban: {IBAN=ibanLower}"),
        T("payee-iban", "tab", "Payee IBAN: {IBAN=iban}{sep}Online banking"),
        T("bic", "window", "BIC: {one:BNPAFRPP|INGBNL2A|UBSWCHZH80A|RZBAATWW}"),
        T("iban-calculator", "tab", "IBAN calculator{sep}Check format"),

        // SSN
        T("ssn-spaced", "window", "Social Security No. {SSN=ssnSpaced}"),
        T("verify-identity", "tab", "Verify identity{sep}SSN {SSN=ssnCompact}"),
        T("tax-return-glued", "path", "tax_return_{year}_{SSN=ssnDashed}.pdf"),
        T("w4", "window", "W-4{sep}SSN {SSN=ssn}"),
        T("ssn-masked", "tab", "SSN •••-••-{shape:####}{sep}Benefits portal"),
        T("part-number-pn", "window", "P/N {partNumber}{sep}Bracket assembly"),
        T("order-number", "tab", "Order no. {amazonOrder}"),

        // IP
        T("ssh-port", "terminal", "ssh -p 2222 ops@{IP=ipv4}"),
        T("vnc", "window", "VNC Viewer{sep}{IP=ipv4}:5901"),
        T("ipv6-bracket", "tab", "http://[{IP=ipv6}]:{port}/"),
        T("traceroute", "terminal", "traceroute {IP=ipv4}"),
        T("wireguard", "window", "WireGuard{sep}Endpoint {IP=ipv4}:51820"),
        T("firmware", "window", "Firmware {ver4} update available"),
        T("windows-build", "window", "Windows 11 build {winBuild}"),
        T("clause-number", "path", "Clause {ver4} - Master agreement.docx"),
        T("rust-path", "tab", "std::collections::{one:HashMap|BTreeMap|VecDeque} - Rust"),
        T("timer", "window", "Timer {time} remaining"),

        // SECRET
        T("env-run", "terminal", "{envSecretName}={SECRET=secretForName} ./{one:start.sh|run-tests|bin/server}", 8),
        T("docker-env", "terminal", "docker run -e {envSecretName}={SECRET=secretForName} {one:api|worker}:latest", 8),
        T("yaml-secret", "ide", "secrets.yaml{sep}{envSecretKey}: {SECRET=secretForName}"),
        T("api-key-header", "terminal", "curl -H 'X-API-Key: {SECRET=providerKey}' https://{appHost}/v2/status"),
        T("httpie-bearer", "terminal", "http GET {appHost}/me Authorization:'Bearer {SECRET=bearer}'"),
        T("token-link", "mail", "Finish signing up: https://{appHost}/{tokenPath}/{SECRET=uuid}"),
        T("discord-webhook", "tab", "https://discord.com/api/webhooks/{SECRET=discordWebhook}"),
        T("short-share", "tab", "https://{appHost}/s/{SECRET=shareId}"),
        T("token-query", "tab", "https://{appHost}/download?dl=1&token={SECRET=token}"),
        T("cookie-jwt", "window", "Cookie: session={SECRET=jwt}"),
        T("mysql-password", "terminal", "mysql -u root -p{SECRET=dbPassword} prod"),
        T("docker-hub-digest", "tab", "sha256:{hex64}{sep}Docker Hub"),
        T("git-log-range", "terminal", "git log --oneline {sha7}..{sha7}"),
        T("changelog-slug", "tab", "https://github.blog/changelog/{year}-0{int:1-9}-1{int:0-9}-{one:copilot-updates|actions-improvements}"),
        T("log-level", "terminal", "LOG_LEVEL=debug cargo run", 1),
        T("settings-not-secret", "window", "{one:PASSWORD_MIN_LENGTH|SESSION_TIMEOUT|TOKEN_TTL}={int:8-3600}{sep}Settings"),
        T("request-id", "tab", "Request ID {uuid}{sep}Azure Portal"),
        T("key-rotated", "tab", "Your API key was rotated{sep}{one:OpenAI|Stripe|SendGrid}"),

        // URL_QUERY
        T("duckduckgo", "tab", "https://duckduckgo.com/?q={URL_QUERY=search}&ia=web"),
        T("amazon-search", "tab", "https://www.amazon.de/s?k={URL_QUERY=search}"),
        T("profile-user", "tab", "https://{appHost}/profile?user={URL_QUERY=queryId}"),
        T("brave-search", "tab", "https://search.brave.com/search?q={URL_QUERY=search}"),
        T("ecosia-search", "tab", "https://www.ecosia.org/search?method=index&q={URL_QUERY=search}"),
        T("orders-by-customer", "tab", "https://{appHost}/admin/orders?customer={URL_QUERY=queryId}&status=open"),
        T("blog-paging", "tab", "https://{appHost}/blog?page={int:2-9}&sort={one:popular|recent}"),
        T("docs-lang", "tab", "https://docs.{one:python.org|djangoproject.com}/?lang={one:en|de|fr}&theme=dark"),

        // URL
        T("cal-com", "tab", "{URL=calUrl}"),
        T("whatsapp-group-invite", "chat", "Join group: {URL=whatsappInvite}"),
        T("telegram-invite", "chat", "{URL=telegramInvite}{sep}Telegram"),
        T("google-meet", "meeting", "{URL=meetUrl}{sep}Google Meet"),
        T("facebook-profile", "tab", "{URL=facebookUrl}"),
        T("github-profile-url", "tab", "{URL=githubProfileUrl}"),
        T("notion-product", "tab", "https://www.notion.so/product", 1),
        T("so-question", "tab", "https://stackoverflow.com/questions/{shape:%#######}/{one:how-to-parse-json|what-is-a-monad|git-undo-commit}"),

        // PHONE
        T("whatsapp-api", "tab", "https://api.whatsapp.com/send?phone={PHONE=phoneDigits}"),
        T("sms-link", "tab", "sms:{PHONE=phoneE164}"),
        T("viber-link", "tab", "viber://chat?number=%2B{PHONE=phoneDigits}"),
        T("skype-link", "tab", "skype:{PHONE=phoneE164}?call"),
        T("missed-call", "window", "Missed call{sep}{PHONE=phone}"),
        T("mobile-contact", "tab", "{PERSON=person}{sep}Mobile {PHONE=phoneIntl}"),
        T("signature-tel", "mail", "Tel. {PHONE=phoneNational}{sep}Kontakt"),
        T("customer-service", "tab", "Customer service {PHONE=phoneTollFree}"),
        T("voicemail-glued", "path", "voicemail-{PHONE=phoneE164}.m4a"),
        T("unknown-number", "chat", "Messages{sep}{PHONE=phoneUs}"),
        T("doi", "tab", "DOI 10.{int:1000-9999}/{shape:#######}"),
        T("build-succeeded", "window", "Build {buildNumber} succeeded"),
        T("year-range", "window", "{year}–{year} archive"),
        T("match-score", "tab", "Match result {int:0-5}–{int:0-5}{sep}BBC Sport"),
        T("postcode-lookup", "tab", "Postcode lookup{sep}Royal Mail", 1),
        T("listening-ports", "window", "Listening on ports {port}, {port}"),
        T("stock-quote", "tab", "{one:AAPL|MSFT|SAP} {int:100-450}.{int:10-99} +{int:1-5}.{int:10-99}%"),

        // Ordinary titles
        T("downloads", "path", "Downloads{sep}{int:2-40} items, {size} available"),
        T("intellij", "ide", "{project} – {codeFile} [{project}]{sep}IntelliJ IDEA"),
        T("vim-config", "terminal", "vim ~/.config/nvim/init.lua", 1),
        T("htop", "terminal", "htop{sep}{int:60-200}×{int:20-60}"),
        T("figma-file", "window", "Design System v{ver3}{sep}Figma"),
        T("photos", "window", "Photos{sep}{int:100-9999} items"),
        T("grafana", "tab", "Kafka lag{sep}Last {one:6 hours|24 hours|7 days}{sep}Grafana"),
        T("heic", "path", "IMG_{shape:####}.HEIC"),
        T("recording", "path", "Recording {date} {time}.m4a"),
        T("todoist", "tab", "✅ Done{sep}{int:3-20} tasks{sep}Todoist"),
        T("launch-checklist", "tab", "🎉 Launch checklist{sep}Notion"),
    ];
}
