namespace Pipeline.Redaction.Evaluation.Generation.Blind;

internal static partial class BlindTemplates
{
    private static IEnumerable<Template> Web() =>
    [
        // Searches and account links in the address bar
        T("google-search-url", "tab", "https://www.google.com/search?q={URL_QUERY=search}&hl={one:en|de|pt-BR}", 9),
        T("ddg-search-url", "tab", "duckduckgo.com/?q={URL_QUERY=search}&ia=web", 7),
        T("youtube-search-url", "tab", "https://www.youtube.com/results?search_query={URL_QUERY=search}", 7),
        T("amazon-search-url", "tab", "https://www.amazon.de/s?k={URL_QUERY=search}&ref=nb_sb_noss", 6),
        T("bing-search-url", "tab", "bing.com/search?form=QBLH&q={URL_QUERY=search}", 6),
        T("admin-customer-url", "tab", "https://admin.{one:shopify.com/store/kiln-goods|bigcommerce.com/manage}/customers?customer_id={URL_QUERY=accountParam}&tab=orders", 8),
        T("crm-user-url", "tab", "https://app.{one:intercom.com|helpscout.net|front.com}/inbox?user_id={URL_QUERY=accountParam}", 7),
        T("account-param-url", "tab", "https://portal.{companyDomain}/billing?account={URL_QUERY=accountParam}&page={int:2-9}", 7),
        // Social profiles
        T("github-profile", "tab", "{HANDLE=login} ({PERSON=sameName}) · GitHub", 6),
        T("x-profile", "tab", "{PERSON=name} ({HANDLE=atLogin}) / X", 6),
        T("instagram-profile", "tab", "{PERSON=name} ({HANDLE=atLogin}) • Instagram photos and videos", 5),
        T("reddit-user", "tab", "{HANDLE=redditUser} - Reddit", 5),
        T("mastodon-profile", "tab", "{PERSON=name} ({HANDLE=fediUser}) - Mastodon", 5),
        T("linkedin-profile", "tab", "{PERSON=name} - {one:Senior Accountant|Staff Engineer|Head of Sales|Nurse Practitioner} - {ORG=org} | LinkedIn", 6),
        T("linkedin-plain", "tab", "(3) {PERSON=nameHyphen} | LinkedIn", 4),
        T("profile-url", "tab", "{URL=profileUrl}", 9),
        T("invite-url", "tab", "{URL=inviteUrl}", 8),
        T("signal-group-link", "chat", "Join group: {URL=signalLink}", 5),
        // Deep links that carry a phone number
        T("wa-me", "tab", "https://wa.me/{PHONE=phoneDigits}?text=Hi", 12),
        T("wa-api", "tab", "api.whatsapp.com/send?phone={PHONE=phoneDigits}&text=Hello", 9),
        T("tel-link", "tab", "tel:{PHONE=phonePlus}", 9),
        T("signal-me", "tab", "https://signal.me/#p/{PHONE=phonePlus}", 9),
        T("viber-link", "tab", "viber://chat?number=%2B{PHONE=phoneDigits}", 9),
        T("contact-page-phone", "tab", "Contact us – call {PHONE=phoneHotline} – {one:customer service|support line|claims hotline|booking office}", 14),
        T("vcard-phone", "window", "{PERSON=name} · mobile {PHONE=phone} – Contacts", 12),
        // Maps, rides, deliveries, listings
        T("maps-place", "tab", "{ADDRESS=address} - Google Maps", 10),
        T("maps-directions", "tab", "Directions to {ADDRESS=address} – Apple Maps", 7),
        T("uber-pickup", "window", "Pickup at {ADDRESS=addressShort} · Uber", 8),
        T("delivery-to", "tab", "Delivering to {ADDRESS=address} | {one:DoorDash|Deliveroo|Wolt}", 7),
        T("listing", "tab", "{ADDRESS=address} | {one:Zillow|Rightmove|Funda|Immowelt}", 7),
        T("amazon-deliver", "tab", "Deliver to {PERSON=name} – {ADDRESS=address} – Checkout", 6),
        // Capability links: only the token is secret
        T("reset-link", "tab", "https://{one:app.tessera.io|id.kestrelworks.io|portal.lumenhive.ca}/{one:reset-password|password/reset|account/recover}/{SECRET=uuid}", 9),
        T("invite-accept-link", "tab", "https://{one:app.orchard-etl.com|team.bramble.app}/invitations/{SECRET=uuid}/accept", 7),
        T("webhook-link", "tab", "https://hooks.{one:sundial.dev|fjord-ui.com}/webhooks/incoming/{SECRET=uuid}", 6),
        T("telegram-bot", "tab", "https://api.telegram.org/bot{SECRET=telegramBot}/{one:getUpdates|sendMessage|getMe}", 8),
        T("slack-hook", "terminal", "curl -X POST https://hooks.slack.com/services/{SECRET=slackHook} -d @payload.json", 7),
        T("teams-hook", "tab", "https://kestrelworks.webhook.office.com/webhookb2/{SECRET=teamsHook}", 5),
        T("drive-share", "tab", "https://drive.google.com/file/d/{SECRET=driveId}/view?usp=sharing", 8),
        T("dropbox-share", "tab", "https://www.dropbox.com/s/{SECRET=dropboxKey}/{doc}.pdf?dl=0", 7),
        T("onedrive-share", "tab", "https://1drv.ms/x/{SECRET=oneDriveId}", 6),
        T("wetransfer-share", "tab", "https://we.tl/{SECRET=wetransferId} - WeTransfer", 6),
        T("box-share", "tab", "https://app.box.com/s/{SECRET=boxId}", 5),
        T("jsessionid", "tab", "https://{one:intranet.marrowfield.co.uk|erp.quillon.de}/portal/home.jsp;jsessionid={SECRET=jsession}", 7),
        T("access-token-param", "tab", "https://{one:api.sundial.dev|files.kiln.app}/export?format=csv&access_token={SECRET=opaqueToken}", 7),
        T("oauth-fragment", "tab", "https://app.tessera.io/callback#access_token={SECRET=jwt}&token_type=Bearer&expires_in=3600", 6),
        T("sas-sig", "tab", "https://kestrelstore.blob.core.windows.net/exports/{doc}.xlsx?sv=2025-01-05&sr=b&sp=r&sig={SECRET=sasSig}", 6),
        // Banking and payments
        T("bank-iban", "tab", "Account {IBAN=iban} – {one:Nordea|N26|ING|Revolut|bunq} Online Banking", 14),
        T("bank-transfer-to", "tab", "Transfer to {PERSON=name} ({IBAN=iban}){sep}{one:Wise|Revolut|Sparkasse}", 12),
        T("bank-iban-lower", "window", "Saved payee: {IBAN=ibanLower}", 9),
        T("paypal-send", "tab", "Send money to {EMAIL=email} - PayPal", 5),
        T("card-checkout", "tab", "Payment – {CARD=card} – Stripe Checkout", 14),
        T("card-note", "window", "{one:Untitled note|Quick Note|Sticky Notes} – {one:card|work card|backup card|Card} {CARD=card} exp {int:1-12}/{int:27-31}", 12),
        T("card-compact-wallet", "window", "Card {CARD=cardCompact} added · Wallet", 9),
    ];
}
