namespace Pipeline.Redaction.Evaluation.Generation.Blind;

internal static partial class BlindPools
{
    /// <summary>
    /// Alternatives that themselves hold placeholders, for <c>{mix:name}</c> (template syntax cannot nest a
    /// placeholder inside <c>{one:…}</c>). They may not plant labelled values: they write the parts of negatives.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Mixes { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["nameVerbs"] =
        [
            "Mark as unread", "Page break preview", "Bill split with roommates", "Grace period ends {date}", "Chase transactions export",
            "Summer timetable {year}", "Hunter: The Reckoning", "Will and testament template", "Rose wine pairing", "Max upload size exceeded",
            "Pat dry before searing", "Sue or settle? Small claims guide", "Lily of the valley care", "Iris scanner setup", "Bill of materials",
            "Mark up the PDF", "Page {int:2-40} of {int:41-90}", "Grant application deadline {date}",
        ],
        ["numberRanges"] =
        [
            "Pages {int:10-200}-{int:201-400}", "Chapter {int:1-20}.{int:1-9}", "Rooms {int:100-199}–{int:200-299}", "Score {int:0-5}-{int:0-5}",
            "Seats {int:10-40}A–{int:41-60}F", "Items {int:1000-4999}–{int:5000-9999}", "Lines {int:100-999}-{int:1000-1999}",
        ],
        ["sentences"] =
        [
            "How to repot a monstera without killing it – The Spruce", "Why is my sourdough so dense? : r/Breadit", "Minutes of the Tuesday meeting",
            "Ten things I wish I knew before buying a house", "The best hikes near {city}", "Is it worth upgrading to Wi-Fi 7? - Ars Technica",
            "What to pack for a week in {city}", "Understanding compound interest – Khan Academy", "Recipe: one-pan lemon chicken",
            "Why do cats knead? - BBC Science Focus", "Monday standup notes", "Draft: reply to the landlord about the boiler",
            "Packing list for the offsite", "How long does paint take to dry?", "Release party at 6 – bring snacks",
            "Top 10 sci-fi novels of the decade – Goodreads", "Your weekly summary is ready", "Cheapest way to ship a bike abroad",
        ],
        ["commitRef"] = ["{sha7}", "{sha40}", "HEAD~{int:1-9}", "{sha7}^"],
        ["vendorMail"] =
        [
            "Your Chase statement is ready", "Your bill is ready to view", "Summer Sale ends tonight", "Order shipped",
            "Your package will arrive {date}", "Security alert: new sign-in", "Your invoice {invoiceNo}", "Receipt for order {orderNo}",
        ],
        ["meetingShell"] =
        [
            "Zoom Workplace", "Zoom Meeting", "Webex Meetings", "Google Meet", "Microsoft Teams meeting", "Waiting for host to start this meeting",
            "Breakout room {int:1-9}", "Call ended", "You are muted", "Screen share", "Meeting ends in {int:2-10} minutes",
        ],
        ["plainSearch"] = ["weather", "train times", "exchange rate", "football scores", "time in {city}", "flights to {city}", "{city} public holidays"],
        ["queryControls"] =
        [
            "page={int:2-40}&sort=price_asc", "page={int:2-40}&sort=newest", "utm_source=newsletter&utm_medium=email&utm_campaign=spring",
            "lang=de&theme=dark", "lang=pt-BR", "view=grid&status=open", "tab=overview&ref=nav", "sort=relevance&per_page={int:10-100}",
        ],
        ["numbers"] =
        [
            "{coords} - Google Maps", "Population {count} – {city}", "{count} views", "{percent} uptime this month", "CAS {cas} – Safety data",
            "doi:{doi}", "{int:2-9} items · {size}",
        ],
        ["ibanPage"] = ["IBAN calculator", "What is an IBAN?", "IBAN checker", "SWIFT/BIC lookup: {bic}", "BIC {bic} – bank details"],
        ["pidPort"] = ["lsof -i :{port}", "kill -9 {pid}", "ss -tlnp sport = :{port}", "top -p {pid}", "strace -p {pid}"],
        ["npmSpec"] = ["latest", "{ver3}", "next", "^{ver3}", "~{ver3}"],
        ["hashNumber"] =
        [
            "Issue #{int:10-9999}", "PR #{int:10-999}", "#1 in Best Sellers", "Bug #{int:1000-99999}", "Channel 4 News", "C# 13 features",
            "F# for fun and profit", "#include <stdio.h>", "#pragma once", "Colour {hexColor}", "Ranked #{int:2-50} in {city}",
        ],
        ["officeShell"] = ["Book1", "Document1", "Presentation1", "Untitled spreadsheet", "Untitled document", "{doc}"],
        ["envNames"] =
        [
            "echo $GITHUB_TOKEN", "printenv | grep -i token", "unset AWS_SECRET_ACCESS_KEY", "echo ${{OPENAI_API_KEY:0:4}}", "env | grep SECRET",
            "op read op://Private/Stripe/api_key", "aws sts get-caller-identity", "gh auth status", "vault kv get secret/{project}/db",
        ],
        ["yamlSecretRef"] =
        [
            "token: ${{{{ secrets.DEPLOY_TOKEN }}}}", "password: ${{DB_PASSWORD}}", "apiKey: !vault secret/data/api#key",
            "GITHUB_TOKEN: ${{{{ github.token }}}}", "client_secret: ${{{{ env.CLIENT_SECRET }}}}",
        ],
        ["atCode"] =
        [
            "@media (max-width: 640px)", "@Override", "@Component({{ selector: 'app-root' }})", "@dataclass(frozen=True)", "@property",
            "@param userId", "@import url(theme.css)", "@everyone", "@here", "@channel", "@Injectable()", "@pytest.fixture",
        ],
    };
}
