namespace Pipeline.Redaction.Evaluation.Generation.Blind;

internal static partial class BlindTemplates
{
    // Lines with nothing to label, most of them chosen to look as if they might have something.
    private static IEnumerable<Template> Negatives() =>
    [
        // Words that are also names
        T("neg-name-words", "tab", "{nameWord}", 40),
        T("neg-name-words-browser", "tab", "{nameWord}{sep}{one:Google Chrome|Mozilla Firefox|Microsoft Edge|Safari|Brave}", 30),
        T("neg-month-may", "window", "{one:May|June|April|August} {year} {one:close|forecast|rota|payroll run|newsletter}.{one:xlsx|pdf|docx}", 12),
        T("neg-verbs", "window", "{mix:nameVerbs}{sep}{one:Outlook|Settings|Help Center|Google Chrome|Notes}", 16),
        T("neg-person-context-empty", "chat", "{one:Chat with|Call with|Meeting with|Huddle with|Message from} {one:support|the design team|Sales|IT Helpdesk|Copilot|the legal team|3 others|your team}{sep}{one:Microsoft Teams|Slack|Zoom|Intercom}", 14),
        T("neg-bot-dm", "chat", "{one:Slackbot|Google Drive|Jira Cloud|GitHub|Polly|Workday} (DM){sep}{one:Slack|Microsoft Teams}", 8),
        T("neg-chat-shell", "chat", "{one:Activity|Chat|Calendar|Files|Threads|Later|Saved items|Archived chats|Starred messages|Friends|Note to Self|Saved Messages}{sep}{one:Microsoft Teams|Slack|Discord|WhatsApp|Signal|Telegram}", 16),
        T("neg-unread", "tab", "({int:1-99}) {one:WhatsApp|Telegram Web|Discord|Slack|Messenger}", 10),
        T("neg-group-chat", "chat", "{one:Jordan trip 2026|Paris hen weekend|Summer BBQ|Grace Church choir rota|May half marathon|Book club} - WhatsApp", 6),
        // Mail without a person
        T("neg-mail-folders", "mail", "{one:Inbox|Drafts|Junk Email|Sent|Archive|Focused|Other|Outbox} ({int:0-400}){sep}{one:Outlook|Thunderbird|Gmail|Proton Mail|Fastmail}", 14),
        T("neg-mail-subject", "mail", "{subject} - Message (HTML)", 12),
        T("neg-mail-vendor", "mail", "{mix:vendorMail} - Gmail", 14),
        T("neg-ooo", "mail", "Automatic reply: out of office until {date}", 8),
        // Meetings without a person
        T("neg-meeting-shell", "meeting", "{mix:meetingShell}", 12),
        T("neg-meeting-titles", "meeting", "{one:All hands|Sprint planning|Design crit|Quarterly business review|Town hall|Standup|Retro} – {date} {time}{sep}{one:Google Calendar|Outlook|Zoom}", 14),
        // Public pages and links of the apps whose other links are personal
        T("neg-public-app-pages", "tab", "https://{one:calendly.com/pricing|zoom.us/download|discord.com/download|www.linkedin.com/jobs/search|github.com/features/actions|meet.google.com/landing|signal.org/download|web.whatsapp.com|cal.com/enterprise|savvycal.com/pricing|about.me/signup|keybase.io/docs}", 12),
        T("neg-wiki", "tab", "{one:Jordan|Paris|Georgia (country)|Chase Bank|Hunter (given name)|Grace (style)|May (surname)|Victoria (state)|Phoenix, Arizona} - Wikipedia", 9),
        T("neg-search-page", "tab", "{mix:plainSearch} - Google Search", 12),
        T("neg-query-controls", "tab", "https://{one:shop.kiln.app|news.bramble.app|docs.sundial.dev}/{one:products|articles|search}?{mix:queryControls}", 14),
        T("neg-uuid-ordinary", "tab", "https://app.{one:tessera.io|orchard-etl.com|sundial.dev}/{one:projects|orders|incidents|dashboards|reports}/{uuid}/{one:settings|overview|timeline|}", 12),
        T("neg-request-id", "window", "{one:Request ID|Correlation ID|Trace ID|Activity ID}: {uuid}{sep}{one:Azure Portal|AWS Console|Sentry|Datadog}", 10),
        T("neg-trace", "tab", "Trace {hex:32} · {one:Jaeger UI|Tempo|Honeycomb}", 8),
        T("neg-docs-pages", "tab", "{one:Reset your password|Invite members to your workspace|Incoming webhooks|About JSESSIONID|Creating a personal access token|Shareable links|Bot API|Using Bearer tokens} - {one:Help Center|Docs|Developer Guide}", 12),
        // Hex that is public
        T("neg-commit-sha", "terminal", "git {one:show|checkout|revert|cherry-pick} {mix:commitRef}", 12),
        T("neg-git-misc", "terminal", "git {one:log --oneline -20|rebase -i HEAD~3|push origin main|fetch --all --prune|stash pop|status|bisect start}", 10),
        T("neg-image-digest", "terminal", "docker pull {one:postgres|redis|nginx|node}@sha256:{sha256}", 10),
        T("neg-docker-tags", "terminal", "docker {one:run --rm -it|pull|push} {one:postgres:17.2|redis:7.4-alpine|node:22.11.0-bookworm|mcr.microsoft.com/dotnet/sdk:10.0.100}", 8),
        T("neg-checksum", "terminal", "sha256sum {one:ubuntu-24.04.1-desktop-amd64.iso|go1.23.4.linux-amd64.tar.gz} → {sha256}", 6),
        T("neg-public-key-token", "ide", "{one:System.Text.Json|Newtonsoft.Json|System.Memory}, Version={ver4}, Culture=neutral, PublicKeyToken={hex:16}", 10),
        T("neg-hashed-assets", "path", "{one:dist/assets|build/static/js|public/_next/static/chunks}/{one:index|main|vendor|chunk}-{hex:8}.{one:js|css|js.map}", 10),
        T("neg-pods", "terminal", "kubectl {one:logs -f|describe pod|exec -it|delete pod} {podName} -n {one:prod|staging|kube-system}", 12),
        T("neg-kubectl-misc", "terminal", "kubectl {one:get pods -A|rollout status deploy/api|port-forward svc/grafana 3000:80|top nodes|config use-context staging|apply -k overlays/prod}", 8),
        T("neg-ulid", "window", "Event {ulid} – {one:EventStoreDB|Kafka UI|Segment}", 8),
        // Secret-sounding names without secret values
        T("neg-env-names", "terminal", "{mix:envNames}", 8),
        T("neg-harmless-settings", "terminal", "export {harmlessSetting}", 18),
        T("neg-yaml-secret-ref", "ide", "deploy.yml — {mix:yamlSecretRef}", 5),
        T("neg-password-masked", "window", "{one:Password: ********|Enter your password|Password changed|Forgot password?|Use a passkey instead|Confirm password} – {one:1Password|Bitwarden|Okta|Microsoft account}", 12),
        // Four-part numbers that are not addresses
        T("neg-ver4", "window", "{one:Agent|Installer|Driver|Firmware|Build|Client} {ver4}{sep}{one:Setup|Release notes|About|Update available}", 14),
        T("neg-edge-version", "tab", "{one:Microsoft Edge|Chrome|Chromium} {edgeVer} release notes", 8),
        T("neg-section", "window", "{one:Section|Clause|Requirement|§} {section} – {one:ISO 27001 controls.docx|Tender spec.pdf|SRS v3.docx}", 12),
        T("neg-oid", "tab", "OID {oid} – SNMP MIB browser", 6),
        T("neg-cpp-scope", "ide", "{one:std::vector<T>::emplace_back|std::chrono::steady_clock::now|boost::asio::ip::tcp::socket|absl::flat_hash_map<K, V>::find} – cppreference", 4),
        T("neg-times", "window", "{one:Screenshot|Screen Recording} {isoDate} at {int:10-23}.{int:10-59}.{int:10-59}.png", 10),
        T("neg-setup-msi", "path", "Downloads/{one:Setup|agent|driver}-x64-{ver4}.{one:msi|exe|pkg}", 10),
        // Numbers that are not phones, cards, IBANs or SSNs
        T("neg-orders", "tab", "{one:Order|Bestellung|Commande|Pedido} {orderNo}{sep}{one:Amazon|Zalando|bol.com|Mercado Livre|Shopify admin}", 14),
        T("neg-tracking", "tab", "Track {tracking} – {one:UPS|DHL|PostNL|USPS|La Poste}", 10),
        T("neg-invoices", "window", "{one:Invoice|Credit note|Quote|Purchase order} {invoiceNo} – {one:Xero|QuickBooks|Lexoffice|FreeAgent}", 12),
        T("neg-isbn", "tab", "ISBN {isbn} – {one:Open Library|WorldCat|Waterstones}", 8),
        T("neg-flight", "window", "Flight {flight} · {date} {time} · Gate {one:A|B|C|D}{int:1-60}", 10),
        T("neg-coords-counts", "tab", "{mix:numbers}", 14),
        T("neg-zip-weather", "tab", "Weather for {zip} – {one:10-day forecast|radar|hourly}", 8),
        T("neg-prices", "tab", "{one:Subtotal|Total|Balance due|Refund} {price} – {one:Checkout|Cart|Billing}", 10),
        T("neg-ssn-part", "tab", "{one:Part No.|P/N|SKU|Lot|Mfr. part} {partNo} – {one:Digi-Key|Mouser|RS Components|McMaster-Carr}", 12),
        T("neg-ssn-last4", "window", "{one:SSN ending in|Social Security number ending|last 4 of SSN:} {shape:####} – {one:Verify your identity|ID.me|Experian}", 8),
        T("neg-ssn-forms", "tab", "{one:Form SS-5: Application for a Social Security Card|How to replace a lost Social Security card|SSN verification service (SSNVS)} - SSA", 3),
        T("neg-card-masked", "window", "{one:Visa|Mastercard|Amex|Card} {cardMasked}{sep}{one:Apple Wallet|Payment methods|Billing}", 12),
        T("neg-card-invalid-luhn", "window", "{one:Reference|Gift card|Voucher|Serial} {cardInvalid} – {one:Balance|Redeem|Support}", 10),
        T("neg-iban-pages", "tab", "{mix:ibanPage} – {one:Wise|iban.com|Revolut}", 12),
        T("neg-build-numbers", "window", "{one:Build|Run|Pipeline|Job} #{buildNo} {one:passed|failed|queued} – {one:Jenkins|Azure DevOps|GitHub Actions|Buildkite}", 12),
        T("neg-ticket-keys", "tab", "[{ticketKey}] {one:Rotate TLS certs|Fix flaky login test|Update price list|Onboard new laptop fleet} - Jira", 12),
        T("neg-case-number", "tab", "{one:Case|Incident|Change} {one:INC|CHG|CS}{shape:#######} | {one:ServiceNow|Salesforce Service Console}", 10),
        T("neg-pid-port", "terminal", "{mix:pidPort}", 10),
        // E-mail and handle look-alikes
        T("neg-at-assets", "path", "{one:assets|img|res/drawable}/{one:icon|logo|avatar|splash|hero}@{one:2x|3x|1.5x}.{one:png|webp|jpg}", 10),
        T("neg-npm-versions", "terminal", "{one:npm i|pnpm add|yarn add|npx} {one:lodash|react|@types/node|@angular/core|@tanstack/react-query|vite}@{mix:npmSpec}", 14),
        T("neg-ssh-prompt", "terminal", "{serviceLogin}@{one:db-01.internal|build-07|web-prod-3|raspberrypi|ip-10-0-3-17}: ~/{project}", 12),
        T("neg-git-transport", "terminal", "ssh -T -i ~/.ssh/{one:id_ed25519|id_work|deploy_key} git@{one:github.com|gitlab.com|bitbucket.org|codeberg.org}", 6),
        T("neg-at-code", "ide", "{mix:atCode} – {codeFile}", 14),
        // Channel look-alikes
        T("neg-hashtags", "tab", "{hashtag} - {one:Search / X|Instagram|LinkedIn|Threads|TikTok}", 12),
        T("neg-hash-numbers", "tab", "{mix:hashNumber}{sep}{one:GitHub|Amazon|Docs|Blog}", 16),
        T("neg-hex-colour", "ide", "styles.css — {one:color|background|border-color|fill}: {hexColor};", 10),
        // Repository look-alikes
        T("neg-slash-words", "tab", "{slashWords}{sep}{one:Wikipedia|MDN Web Docs|Stack Overflow|Docs}", 16),
        T("neg-code-paths", "ide", "{codePath} — {project} — {one:Visual Studio Code|Cursor|Zed|Sublime Text}", 12),
        T("neg-ide-files", "ide", "{codeFile} - {project} - {one:IntelliJ IDEA|Rider|PyCharm|GoLand|Xcode|Android Studio}", 12),
        T("neg-github-public", "tab", "{one:Explore GitHub|Pricing · Plans for every developer|GitHub Actions documentation|Your repositories|Notifications|Codespaces|Sign in to GitHub} · GitHub", 7),
        // Address look-alikes
        T("neg-streets", "tab", "{streetThing}", 20),
        T("neg-city-only", "tab", "{one:Hotels in|Things to do in|Weather in|Restaurants near} {city}{sep}{one:Tripadvisor|Booking.com|Google Maps}", 12),
        // Organisations in their own role
        T("neg-vendors", "tab", "{vendor}", 14),
        T("neg-office-shell", "window", "{mix:officeShell} - {one:Excel|Word|PowerPoint|Google Sheets|Google Docs|LibreOffice Calc}", 16),
        T("neg-office-docs", "window", "{doc}_{year}-{one:Q1|Q2|Q3|Q4|draft|final}.{one:xlsx|docx|pptx|pdf} - {one:Excel|Word|PowerPoint|Adobe Acrobat}", 14),
        T("neg-file-manager", "window", "{one:Downloads|Documents|Desktop|Pictures|Projects|Recent|Trash} — {one:Finder|File Explorer|Files|Dolphin|Nautilus}", 14),
        T("neg-camera-files", "path", "{one:DCIM/100APPLE/IMG_|DCIM/Camera/PXL_|Pictures/DSC}{compactDate}_{int:100000-235959}.{one:jpg|HEIC|mp4}", 10),
        T("neg-data-files", "path", "{one:data|exports|reports}/{one:sales|inventory|usage|churn}_{isoDate}.{one:csv|parquet|json}", 12),
        T("neg-terminal-misc", "terminal", "{one:htop|tail -f /var/log/nginx/access.log|vim ~/.ssh/config|terraform plan -var-file=prod.tfvars|python3 -m venv .venv|dotnet test -c Release|cargo build --release|make -j8|tmux attach -t main|brew upgrade}", 10),
        T("neg-calendar-shell", "window", "{one:Week of|Month:|Day:} {date} – {one:Google Calendar|Outlook Calendar|Fantastical}", 10),
        T("neg-banking-shell", "tab", "{one:Accounts overview|Pay a bill|Standing orders|Card controls|Spending insights|Statements} – {one:Chase|Barclays|Nordea|N26|ING|Monzo}", 14),
        T("neg-hr-shell", "tab", "{one:Time off|Payslips|Benefits enrolment|Org chart|Expenses|Learning} – {one:Workday|BambooHR|Personio|HiBob}", 12),
        T("neg-crm-shell", "tab", "{one:Accounts|Contacts|Deals|Pipeline|Reports|Leads} | {one:Salesforce|HubSpot|Pipedrive|Zoho CRM}", 12),
    ];
}
