namespace Pipeline.Redaction.Evaluation.Generation.Fresh;

internal static partial class FreshTemplates
{
    /// <summary>Look-alikes of the other classes (sigils, hashtags, paths, settings named like secrets, public links,
    /// vendors in their own role) and ordinary titles of the same apps, in many locales.</summary>
    private static Template[] MoreNegatives() =>
    [
        // E-mail and handle look-alikes.
        N("at.retina", "path", "assets/{one:icon|logo|avatar-placeholder|hero|banner}@{one:2x|3x}.{one:png|webp|jpg}"),
        N("at.git", "terminal", "git@github.com: Permission denied (publickey). fatal: Could not read from remote repository. ({date:iso} {time})"),
        N("at.ssh.service", "terminal", "{one:deploy|postgres|ubuntu|ec2-user|www-data}@{one:db-01|web-03|bastion|ci-runner-7}.internal:~$ {one:uptime|df -h|systemctl status nginx|journalctl -n 50}"),
        N("at.css", "ide", "styles.css — @media (max-width: {n:360-1280}px) — {one:Visual Studio Code|WebStorm|Zed}"),
        N("at.java", "ide", "@Override {one:toString|equals|hashCode|onCreate}() – {one:Invoice|Customer|MainActivity|Order}.java [{one:app|core|web}]"),
        N("at.slack.here", "tab", "Notification settings for @here and @channel{sep}Slack Help Center ({n:2-9} min read)"),
        N("at.scope", "terminal", "npm view {one:@types/react|@babel/core|@vitejs/plugin-react|@nestjs/common} version → {ver}"),
        // Channel look-alikes.
        N("hash.tag", "tab", "#{one:WorldCup2026|Eurovision|Oscars|BlackFriday|Bundestagswahl|Wimbledon} - Search / X ({n:2-99}K posts)"),
        N("hash.lang", "tab", "{one:What's new in C# 14|F# for fun and profit|C# pattern matching|Q# quantum basics} – {one:Microsoft Learn|Docs|Blog}"),
        N("hash.include", "ide", "#include <{one:stdio.h|vector|string|unistd.h|openssl/ssl.h}> — main.{one:c|cpp} — CLion"),
        N("hash.bug", "tab", "Bug #{n:1000-99999} – {one:Crash when printing|Wrong VAT rounding|Login loop} – Bugzilla"),
        N("hash.color", "ide", "color: #{one:FF5733|1E90FF|2ECC71|FFC300|8E44AD}; — theme.scss — {one:Sublime Text|VS Code}"),
        // Repository look-alikes.
        N("slash.path", "ide", "src/{one:components|hooks|services|utils}/{one:Button|useAuth|InvoiceService|formatDate}.{one:tsx|ts|kt|py} — {one:web|app|frontend} — Visual Studio Code"),
        N("slash.units", "tab", "{n:30-250} km/h to mph – {one:Unit converter|Google|Calculator}"),
        N("slash.mime", "tab", "Content-Type: {one:application/json|text/html|image/webp|multipart/form-data} – MDN Web Docs"),
        N("slash.years", "tab", "Saison {n:2024-2026}/{n:2025-2027} – {one:Bundesliga|LaLiga|Eredivisie|Ligue 1|Allsvenskan} – Spielplan"),
        N("slash.tcpip", "tab", "{one:TCP/IP|I/O|A/B testing|CI/CD} explained – {one:Cloudflare Learning|Red Hat|IBM}"),
        // Secret look-alikes: settings and names without a secret value.
        N("env.settings", "ide", "{one:MAX_TOKENS|TIMEOUT_MS|WORKER_COUNT|CACHE_TTL}={n:2-8192} — .env.example — Visual Studio Code"),
        N("env.names", "terminal", "echo ${one:GITHUB_TOKEN|OPENAI_API_KEY|AWS_SECRET_ACCESS_KEY|STRIPE_SECRET_KEY} | wc -c"),
        N("env.nonsecret", "ide", "{one:JWT_ALGORITHM=HS256|NODE_ENV=production|AWS_REGION=eu-central-1|LOG_LEVEL=debug|TOKEN_TTL=3600|PASSWORD_MIN_LENGTH=12} — config/{one:prod|staging|dev}.env"),
        N("env.placeholder", "ide", "API_KEY=<your-api-key> — README.md — line {n:10-400}"),
        N("env.vault", "terminal", "vault kv get secret/{one:billing|ledger|crm}/{one:prod|staging} (version {n:2-40})"),
        N("env.docs", "tab", "{one:Creating a personal access token|Managing API keys|Rotate your secrets|About JSON Web Tokens} – {one:GitHub Docs|Stripe Docs|OpenAI Platform|jwt.io}"),
        // Public links.
        N("url.public", "tab", "https://{one:github.com/features/actions|calendly.com/pricing|zoom.us/download|www.linkedin.com/jobs|slack.com/help|discord.com/safety}"),
        N("url.wiki", "tab", "https://{one:en|de|fr|es|nl|ja|pt}.wikipedia.org/wiki/{one:Paris|IBAN|Luhn_algorithm|Jordan|Lake_Constance|Mount_Fuji}"),
        N("url.paging", "tab", "https://www.{one:zalando.de|fnac.com|elcorteingles.es|bol.com|magazineluiza.com.br}/{one:schuhe|livres|moda|boeken|celulares}/?page={n:2-30}&sort={one:price_asc|new|popularity|rating}"),
        N("url.utm", "tab", "https://{one:news.ycombinator.com|www.heise.de|www.lemonde.fr|www.elpais.com|nos.nl}/?utm_source={one:newsletter|twitter|rss}&utm_medium={one:email|social}&utm_campaign={date:ym}"),
        N("url.ui", "tab", "https://github.com/{one:features|pricing|enterprise|sponsors}?tab={one:overview|faq|plans}&lang={one:en|de|ja|pt}"),
        N("url.medium", "tab", "https://medium.com/{one:@engineering|netflix-techblog|airbnb-engineering}/{one:scaling-kafka|building-a-design-system|postgres-at-scale}-{hex:12}"),
        // Vendors, banks and products in their own role.
        N("org.vendors", "window", "{one:Untitled document|Document1|Book1|Presentation1|Sans titre 1} - {one:Microsoft Word|Microsoft Excel|Google Sheets|LibreOffice Calc|Numbers}"),
        N("org.support", "tab", "{one:Apple Support|Microsoft Support|Google Account Help|Amazon Customer Service|Samsung Members} – {one:Reset password|Contact us|Warranty|Return an item}"),
        N("org.oracle", "tab", "{one:Oracle Database 23ai|SAP S/4HANA|Salesforce Einstein|Atlassian Rovo|Zoho One} – {one:Pricing|Documentation|Release notes|Free trial}"),
        N("org.shop", "tab", "{one:Amazon.com|Amazon.de|Rakuten|Mercado Livre|Flipkart|Allegro}: {one:Online Shopping|Angebote|Ofertas|Deals of the Day} ({n:2-99} items in cart)"),
        N("org.bank.site", "tab", "{one:Sparkasse|Deutsche Bank|BNP Paribas|Santander|ABN AMRO|Nordea|Itaú|HDFC Bank} – {one:Online-Banking Login|Connexion|Acceso clientes|Inloggen|Logga in|Login}"),
        N("org.news", "tab", "{one:Siemens|Volkswagen|L'Oréal|Inditex|Philips|Novo Nordisk|Toyota|Infosys|Petrobras} shares {one:rise|fall} {n:1-9}.{n:0-9}% after {one:Q1|Q2|Q3|Q4} results – Reuters"),
        // Ordinary titles of the same apps.
        N("app.slack", "chat", "{one:Activity|Threads|Later|Huddles|Canvases|Directories}{sep}Slack"),
        N("app.teams", "chat", "{one:Activity|Calendar|Calls|Files|Apps|Copilot} | Microsoft Teams ({n:1-20} new)"),
        N("app.zoom", "meeting", "{one:Zoom Workplace|Zoom Meeting|Zoom Webinar|Zoom - Free Account} {one:(40 minutes)|– Audio settings|– Recording|– Waiting room} {time}"),
        N("app.meet", "meeting", "Google Meet – {one:New meeting|Join with a code|Meeting ended|Check your audio and video} – {time}"),
        N("app.discord", "chat", "{one:Friends|Nitro|Shop|Discover|Message Requests} - Discord ({n:1-50})"),
        N("app.gmail", "tab", "{one:Inbox|Starred|Snoozed|Sent|Spam|Promotions} ({n:1-9999}) - Gmail"),
        N("app.outlook", "window", "{one:Inbox|Sent Items|Deleted Items|Junk Email|Posteingang|Boîte de réception} - Outlook ({n:1-999} unread)"),
        N("app.calendar", "tab", "Google Calendar - Week of {date:en}"),
        N("app.notion", "tab", "{one:Roadmap Q1|Meeting notes|Engineering wiki|OKRs 2026|Reading list} ({n:2-90} pages) | Notion"),
        N("app.confluence", "tab", "{one:Runbook: Kafka broker restart|Release checklist|Glossary|Incident review|Architecture decision record} {n:1-99} - {one:Engineering|Platform|Ops} - Confluence"),
        N("app.github", "tab", "{one:Notifications|Pull requests|Issues|Codespaces|Marketplace|Explore} · GitHub ({n:1-99})"),
        N("app.gitlab", "tab", "{one:Projects|Groups|Merge requests|To-Do List|Snippets} · GitLab ({n:1-99})"),
        N("app.vscode", "ide", "{one:Welcome|Settings|Extensions|Keyboard Shortcuts|Source Control|Problems} — {one:Visual Studio Code|VSCodium} 1.{n:90-99}.{n:0-3}"),
        N("app.jetbrains", "ide", "{one:Settings|Run: Application|Event Log|Database|Terminal} – IntelliJ IDEA {n:2024-2026}.{n:1-3}"),
        N("app.terminal", "terminal", "{one:htop|top|btop|vim README.md|less /var/log/syslog|cargo build --release} — {n:80-240}×{n:24-60}"),
        N("app.tmux", "terminal", "[{one:main|dev|ops}] {n:0-9}:{one:vim|bash|zsh|htop}* {n:0-9}:{one:logs|git|make}- \"{one:fedora|archlinux|ubuntu}\" {time} {date:de}"),
        N("app.files", "window", "{one:Downloads|Documents|Pictures|Desktop|Dokumente|Téléchargements|Descargas} – {n:2-900} items, {size} free"),
        N("app.pdf", "window", "{one:invoice_template|Benutzerhandbuch|Fiche_technique|Manual_de_usuario|Handleiding} ({n:1-300} pages).pdf — {one:Okular|Evince|Preview|SumatraPDF|Foxit PDF Reader}"),
        N("app.office", "window", "{one:Quarterly report|Budget 2026|Projektplan|Planning|Presupuesto|Begroting} ({one:Read-Only|AutoSaved|Compatibility Mode}) - {one:Word|Excel|PowerPoint}"),
        N("app.thunderbird", "window", "{one:Inbox|Drafts|Templates|Archives} - {one:Local Folders|Newsletters} - Mozilla Thunderbird ({n:1-500})"),
        // Locales.
        N("de.bahn", "tab", "{one:ICE|IC|RE|S}{n:1-999} {one:München Hbf|Berlin Hbf|Köln Hbf|Hamburg-Altona} → {one:Frankfurt(Main)Hbf|Stuttgart Hbf|Leipzig Hbf} {time} – DB Navigator"),
        N("de.amt", "tab", "{one:Bürgeramt|Kfz-Zulassung|Standesamt|Finanzamt} {one:Termin buchen|Öffnungszeiten|Formulare} – Stadt {one:München|Köln|Leipzig|Bremen|Nürnberg}"),
        N("fr.meteo", "tab", "Météo à {one:Lyon|Marseille|Nantes|Lille|Bordeaux} – {date:fr} – Météo-France"),
        N("fr.sncf", "tab", "TGV INOUI {n:6000-6999} {one:Paris Gare de Lyon|Lille Europe|Rennes} → {one:Marseille St-Charles|Nice Ville|Lyon Part-Dieu} – SNCF Connect"),
        N("es.renfe", "tab", "AVE {n:3000-3999} Madrid – {one:Barcelona|Sevilla|Valencia|Málaga} {time} – Renfe"),
        N("nl.ns", "tab", "NS Reisplanner – {one:Utrecht Centraal|Rotterdam Centraal|Den Haag HS|Eindhoven} → {one:Amsterdam Centraal|Schiphol Airport|Groningen} {time}"),
        N("ja.tenki", "tab", "{one:東京|大阪|札幌|福岡|名古屋}の天気 {date:ja} – tenki.jp"),
        N("ja.shinkansen", "tab", "{one:のぞみ|ひかり|はやぶさ|こだま}{n:1-250}号 {one:東京|新大阪|博多}→{one:京都|名古屋|仙台} {time}発 – えきねっと"),
        N("in.cricket", "tab", "{one:IND vs AUS|IND vs ENG|MI vs CSK|RCB vs KKR} Live Score, {n:1-5}{one:st|nd|rd|th} {one:Test|T20I|ODI} – Cricbuzz"),
        N("br.futebol", "tab", "{one:Flamengo|Palmeiras|Corinthians|Grêmio} x {one:São Paulo|Santos|Internacional|Cruzeiro} – Brasileirão {n:2025-2026} – ge"),
        N("nordic.yr", "tab", "Været i {one:Tromsø|Bergen|Trondheim|Bodø} – {date:iso} – Yr"),
        N("nordic.sl", "tab", "SL Reseplanerare – {one:T-Centralen|Slussen|Odenplan|Gullmarsplan} → {one:Arlanda|Kista|Solna} {time}"),
        N("nordic.dr", "tab", "{one:Vejret|Nyheder|Sporten} {date:de} | DR"),
        N("fi.hsl", "tab", "HSL Reittiopas – {one:Rautatientori|Kamppi|Pasila} → {one:Lentoasema|Espoon keskus|Itäkeskus} {time}"),
    ];
}
