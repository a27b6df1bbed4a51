namespace Pipeline.Redaction.Evaluation.Generation.Blind;

internal static partial class BlindTemplates
{
    private static IEnumerable<Template> Files() =>
    [
        T("cv-glued", "path", "~/Downloads/{one:CV|Resume|Lebenslauf}_{PERSON=nameGlued:_}_{year}.pdf", 6),
        T("cv-dashed", "path", "{one:Offer|Contract|Reference}-{PERSON=nameGlued:-}-signed.pdf", 5),
        T("name-dot-glued", "path", "~/Documents/HR/{PERSON=nameGlued:.}.{one:Reference|Payslip|Contract}.{year}.pdf", 7),
        T("explorer-review", "window", "Performance Review - {PERSON=name}.docx - Word", 6),
        T("owner-notes", "window", "{PERSON=given}'s {one:notes|budget|packing list|onboarding plan}.{one:docx|xlsx|md}", 6),
        T("gdocs-offer", "tab", "Offer Letter – {PERSON=name} - Google Docs", 5),
        T("sheets-payroll-ssn", "tab", "Payroll {year} – {PERSON=nameLastFirst} – SSN {SSN=ssn} - Google Sheets", 10),
        T("w2-file", "path", "W-2_{year}_SSN_{SSN=ssnCompact}.pdf", 9),
        T("ssn-form-window", "window", "I-9 Verification – Social Security No. {SSN=ssn}", 10),
        T("ssn-compact-label", "tab", "Applicant record · SSN: {SSN=ssnCompact} · Greenhouse", 9),
        T("statement-iban", "path", "/home/ops/Documents/Bank/statement_{IBAN=ibanCompact}_{isoDate}.pdf", 12),
        T("iban-dot-glued", "path", "Kontoauszug.{IBAN=ibanCompact}.{year}-Q{int:1-4}.pdf", 8),
        T("invoice-org-glued", "path", "Invoice_{ORG=orgGlued}_{compactDate}.pdf", 6),
        T("contract-org", "window", "{ORG=org} – Master Services Agreement (signed).pdf - Adobe Acrobat Reader", 6),
        T("nda-org", "tab", "Mutual NDA – {ORG=org} - Google Docs", 4),
        T("org-dashed-file", "path", "Q{int:1-4}-Report-{ORG=orgGlued:-}.xlsx", 4),
        T("email-glued-export", "path", "contacts_{EMAIL=email}_export.vcf", 4),
        T("card-file", "path", "scans/card_{CARD=cardCompact}_front.jpg", 8),
        T("finder-person-folder", "window", "{PERSON=name} — Shared with me — Google Drive", 5),
        T("photo-owner", "window", "Photos – {PERSON=given}'s iPhone – {int:2-900} items", 4),
        T("passport-scan", "path", "Passport_{PERSON=nameGlued:_}_{ID=id:passport}.pdf", 6),
        T("native-name-file", "path", "{PERSON=native} – 合同 {year}.pdf", 4),
        T("address-pdf", "window", "Lease agreement – {ADDRESS=address}.pdf", 7),
    ];

    private static IEnumerable<Template> Business() =>
    [
        T("workday-worker", "tab", "Worker: {PERSON=name} ({ID=id:employee}) - Workday", 9),
        T("bamboo-timeoff", "tab", "{PERSON=name} – Time Off – BambooHR", 4),
        T("personio-employee", "tab", "Employee ID {ID=id:employee} · Personio", 6),
        T("salesforce-account", "tab", "{ORG=org} | Account | Salesforce", 6),
        T("salesforce-contact", "tab", "{PERSON=nameWestern} | Contact | Salesforce", 5),
        T("hubspot-contact", "tab", "{PERSON=name} ({EMAIL=emailOf}) | HubSpot", 5),
        T("pipedrive-deal", "tab", "Deal: {ORG=org} – renewal {year} – Pipedrive", 5),
        T("crm-customer-id", "tab", "Customer {ID=id:customer} – {ORG=org} – Zoho CRM", 7),
        T("stripe-customer", "tab", "{ID=id:stripe} – Customers – Stripe", 7),
        T("zendesk-ticket", "tab", "#{int:10000-99999} {one:Refund not received|Cannot log in|Wrong size delivered} – {PERSON=name} – Zendesk", 6),
        T("freshdesk-requester", "tab", "Requester: {EMAIL=email} · Freshdesk", 4),
        T("dr-appointment", "tab", "Appointment with Dr. {PERSON=nameWestern} – {date} – {one:MyChart|Doctolib|Zocdoc}", 7),
        T("prof-office-hours", "meeting", "Office hours – Prof. {PERSON=nameInitial} – {one:Zoom|Teams|Canvas}", 5),
        T("mychart", "tab", "MyChart – {PERSON=name} – MRN {ID=id:patient}", 7),
        T("insurance-policy", "tab", "Policy {ID=id:policy} – Claims – {one:Allianz|AXA|Zurich|Aviva}", 7),
        T("membership", "tab", "Member no. {ID=id:member} – {one:Miles & More|Flying Blue|ADAC|Costco}", 6),
        T("student-portal", "tab", "Student ID {ID=id:student} – Canvas", 5),
        T("bank-account-no", "tab", "Account number {ID=id:account} – Statements", 6),
        T("hmrc-nino", "tab", "National Insurance number {ID=id:nino} – HMRC", 6),
        T("dni", "tab", "Agencia Tributaria – DNI {ID=id:dni}", 6),
        T("personnummer", "tab", "Mina sidor – personnummer {ID=id:personnummer} – Skatteverket", 6),
        T("cpf", "tab", "CPF {ID=id:cpf} – Receita Federal", 6),
        T("aadhaar", "tab", "Aadhaar {ID=id:aadhaar} – myAadhaar", 6),
        T("pan", "tab", "PAN {ID=id:pan} – e-Filing Income Tax", 5),
        T("bsn", "tab", "BSN {ID=id:bsn} – Mijn Belastingdienst", 5),
        T("sin", "window", "SIN {ID=id:sin} – Service Canada", 5),
        T("loyalty-card", "window", "{one:Tesco Clubcard|REWE Bonus|Boots Advantage} {ID=id:loyalty}", 5),
        T("hr-org-employer", "tab", "Offer from {ORG=org} for {PERSON=name} – Greenhouse", 4),
        T("slack-connect-org", "chat", "{CHANNEL=channel} (shared with {ORG=org}){sep}Slack", 4),
    ];
}
