namespace Pipeline.Redaction.Evaluation.Generation.Fresh;

internal static partial class FreshTemplates
{
    /// <summary>File paths, file managers, PDF viewers and office documents.</summary>
    private static Template[] Files() =>
    [
        P("path.resume", "path", "C:\\Users\\{HANDLE=handle:bare}\\Documents\\Bewerbungen\\Lebenslauf_{PERSON=person:glued}.pdf"),
        P("path.home.mac", "path", "/Users/{HANDLE=handle:bare}/Desktop/{one:Steuer|Taxes|Impôts}_{n:2024-2026}.pdf"),
        P("path.home.linux", "path", "/home/{HANDLE=handle:bare}/.ssh/id_ed25519"),
        P("path.cv", "path", "~/Downloads/CV_{PERSON=person:glued}_{n:2025-2026}.docx"),
        P("path.contract.org", "path", "Verträge/{n:2025-2026}/Rahmenvertrag_{ORG=org:glued}_v{n:1-6}.docx"),
        P("path.invoice.org", "path", "Invoices/INV-{n:2025-2026}-{n:1000-9999}_{ORG=org:glued}.pdf"),
        P("path.statement.iban", "path", "Kontoauszug_{IBAN=iban:compact}_{date:ym}.pdf"),
        P("path.backup.ip", "path", "/var/backups/db_{IP=ip:priv}_{date:iso}.sql.gz"),
        P("path.email.export", "path", "exports/{EMAIL=email}_contacts.vcf"),
        P("path.payslip", "path", "Gehaltsabrechnung_{date:ym}_{PERSON=person:glued}.pdf"),
        P("path.bulletin", "path", "Bulletin_de_paie_{PERSON=person:glued@fr}_{date:ym}.pdf"),
        P("path.nomina", "path", "Nomina_{PERSON=person:glued@es,mx}_{n:1-12}_{n:2025-2026}.pdf"),
        P("path.loonstrook", "path", "Loonstrook {PERSON=person:full@nl} {date:month}.pdf"),
        P("path.holerite", "path", "Holerite_{PERSON=person:glued@br}_{date:ym}.pdf"),
        P("path.japanese", "path", "履歴書_{PERSON=person:full@ja-native}.xlsx"),
        P("path.dotted", "path", "{PERSON=person:dotted}.Arbeitszeugnis.pdf"),
        P("path.passport", "path", "scans/Passport_{PERSON=person:glued}_{ID=id:passport}.jpg"),
        P("path.owner.possessive", "path", "{PERSON=person:given}'s {one:notes|budget|wedding list|packing list}.docx"),
        P("explorer.folder", "window", "{PERSON=person} - {one:Personalakte|Dossier RH|Expediente} - File Explorer"),
        P("finder.folder", "window", "{PERSON=person}{one: – Kunden| – Clients| – Candidates}"),
        P("nautilus.folder", "window", "{one:Verträge|Contracts|Contratos} – {ORG=org} – Files"),
        P("dolphin.path", "window", "/home/{HANDLE=handle:bare}/Dokumente — Dolphin"),
        P("acrobat.resume", "window", "Resume_{PERSON=person:glued}.pdf - Adobe Acrobat Reader (64-bit)"),
        P("acrobat.contract", "window", "Mietvertrag {PERSON=person:full@de,nl,dk} – {ADDRESS=address}.pdf - Adobe Acrobat"),
        P("preview.scan", "window", "Scan_Personalausweis_{PERSON=person:glued@de}.pdf — Preview"),
        P("okular.file", "window", "Arbeitsvertrag_{PERSON=person:glued}.pdf — Okular"),
        P("sumatra.statement", "window", "Statement {IBAN=iban} {date:month}.pdf - SumatraPDF"),
        P("word.letter", "window", "Kündigung {PERSON=person}.docx - Word"),
        P("word.offer", "window", "Angebot {ORG=org} {n:2026-2027}.docx - Word"),
        P("excel.list", "window", "{one:Gehälter|Salaries|Bonus} {n:2025-2026} – {PERSON=person}.xlsx - Excel"),
        P("excel.phones", "window", "Telefonliste.xlsx - Excel: {PERSON=person} {PHONE=phone}"),
        P("ppt.pitch", "window", "Pitch {ORG=org} Q{n:1-4}.pptx - PowerPoint"),
        P("libre.writer", "window", "Carta_{PERSON=person:glued@es,br}.odt - LibreOffice Writer"),
        P("gdocs.doc", "tab", "{one:Offer letter|Reference|Feedback} – {PERSON=person} - Google Docs"),
        P("gsheets.doc", "tab", "{ORG=org} – Forecast - Google Sheets"),
        P("drive.share", "tab", "https://drive.google.com/file/d/{SECRET=secret:drive}/view?usp=sharing"),
        P("dropbox.share", "tab", "https://www.dropbox.com/scl/fi/{SECRET=secret:dropbox}/Vertrag.pdf?rlkey={SECRET=secret:dropbox}&dl=0"),
        P("onedrive.card", "window", "Karte {CARD=card} – Notizen.txt - Editor"),
        P("notepad.ssn", "window", "ssn_{PERSON=person:glued@en}.txt - Notepad"),
        P("teams.files", "window", "{PERSON=person:dir} - Onboarding.docx | Microsoft Teams"),
    ];
}
