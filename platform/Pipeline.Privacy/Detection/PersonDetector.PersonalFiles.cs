using static Pipeline.Privacy.Detection.Text;

namespace Pipeline.Privacy.Detection;

/// <summary>
/// Names glued into the name of a file about one person, whatever their culture: after the document's own words
/// ("Offer_Letter_Tui_Ngata_v2.docx", "Lebenslauf-Anouk-van-Dijk-2026.pdf", "Referral_Rawiri_Hohaia.pdf") or as the
/// whole name of a file in a personnel folder ("\\fs\Payroll\2026\Aune.Kettunen.pdf", "HR/Reviews/Tui_Ngata.docx").
/// Two capitalised name words or more are needed, none an interface, file or common word and no company's legal form
/// after them, so "Offer_Letter_Template_Final.docx" and "Payroll\Summary.Report.xlsx" stay.
/// </summary>
internal static partial class PersonDetector
{
    // Words of a file's name that say it is about one person (lower case; compared without case).
    private static readonly WordSet s_personalFileWords = WordSet.Of(
        ["offer", "letter", "contract", "agreement", "nda", "timesheet", "payslip", "paystub", "payroll", "salary", "review", "appraisal",
         "evaluation", "performance", "onboarding", "offboarding", "reference", "referral", "background", "check", "i-9", "w-4", "w-2",
         "passport", "visa", "permit", "id", "profile", "interview", "application", "cover", "certificate", "medical", "sick", "leave",
         "termination", "resignation", "warning", "promotion", "bonus", "expenses", "claim", "statement", "tax", "form", "resume", "cv",
         "curriculum", "vitae", "lebenslauf", "bewerbung", "zeugnis", "arbeitsvertrag", "vertrag", "gehalt", "lohn", "kündigung", "contrat",
         "candidature", "attestation", "contrato", "nómina", "nomina", "lettera", "busta", "paga", "loonstrook", "sollicitatie", "cv-",
         "employee", "candidate", "applicant", "patient", "client", "tenant", "student", "notes", "1-1", "1on1", "feedback", "goals"]);

    // Folders that hold one file per person.
    private static readonly WordSet s_personnelFolders = WordSet.Of(
        ["payroll", "hr", "personnel", "employees", "employee", "staff", "people", "candidates", "applicants", "patients", "clients", "students",
         "tenants", "members", "salaries", "salary", "reviews", "offers", "contracts", "onboarding", "offboarding", "timesheets", "payslips",
         "mitarbeiter", "personal", "personalakten", "bewerber", "bewerbungen", "gehalt", "lohn", "personeel", "personnel_files", "medarbetare",
         "henkilöstö", "empleados", "funcionarios", "dipendenti", "salariés", "recrutement", "recruiting", "hiring", "interviews"]);

    private static void FindNamesInPersonalFiles(ReadOnlySpan<char> text, ref Findings found)
    {
        int i = 0;
        while (i < text.Length)
        {
            int tokenStart = NextToken(text, ref i);
            ReadOnlySpan<char> token = text[tokenStart..i];
            int ext = token.LastIndexOf('.');
            if (ext <= 0 || !HasFileExtension(token, ext))
            {
                continue;
            }

            int fileStart = token[..ext].LastIndexOfAny('\\', '/') + 1;
            bool personnelFolder = InPersonnelFolder(token[..fileStart]);
            FindNameInFileStem(text, tokenStart + fileStart, tokenStart + ext, personnelFolder, ref found);
        }
    }

    private static bool InPersonnelFolder(ReadOnlySpan<char> folders)
    {
        int checkedFolders = 0;
        int end = folders.Length - 1;
        while (end > 0 && checkedFolders < 4)
        {
            int start = folders[..end].LastIndexOfAny('\\', '/') + 1;
            if (s_personnelFolders.Contains(folders[start..end]))
            {
                return true;
            }

            checkedFolders++;
            end = start - 1;
        }

        return false;
    }

    private static void FindNameInFileStem(ReadOnlySpan<char> text, int start, int end, bool personnelFolder, ref Findings found)
    {
        // The document's own words first.
        int p = start;
        int lead = 0;
        while (p < end)
        {
            int partEnd = FilePartEnd(text, p, end);
            if (partEnd == p || !s_personalFileWords.Contains(text[p..partEnd]) && !s_personalDocumentWords.Contains(text[p..partEnd]))
            {
                break;
            }

            lead++;
            p = partEnd + 1;
        }

        if (p >= end || (lead == 0 && !personnelFolder) || (lead == 0 && p != start))
        {
            return;
        }

        int nameStart = p;
        int nameEnd = p;
        int capitalised = 0;
        while (p < end && capitalised < 4)
        {
            int partEnd = FilePartEnd(text, p, end);
            ReadOnlySpan<char> part = text[p..partEnd];
            if (partEnd == p)
            {
                break;
            }

            if (char.IsLower(part[0]))
            {
                // "Anouk-van-Dijk": a particle between name words.
                if (capitalised == 0 || !s_strongParticles.Contains(part) || !char.IsUpper(At(text, partEnd + 1)))
                {
                    break;
                }
            }
            else
            {
                bool given = Lexicon.IsFirstName(part, out _);
                if (!IsLatinNameWord(part) || part.Length < 2 || IsNotSurname(part) || IsOneOf(part, s_fileWords) || IsMonthOrDay(part)
                    || (Lexicon.IsCommonWord(part) && !given) || IsOneOf(part, s_companySuffixes))
                {
                    break;
                }

                capitalised++;
                nameEnd = partEnd;
            }

            p = partEnd + 1;
        }

        // After the name: nothing, a number, a version or a lower-case word ("_v2", "-2026", "_final"), no legal form.
        int after = nameEnd + 1;
        bool tailOk = nameEnd >= end || (after < end && (char.IsAsciiDigit(text[after]) || char.IsLower(text[after]) || text[after] == '('));
        if (capitalised < 2 || capitalised > 3 || !tailOk || IsGluedCompanySuffix(text[..end], nameEnd, end) || found.Overlaps(nameStart, nameEnd))
        {
            return;
        }

        // In a personnel folder without a document word, the name is the file's whole stem.
        if (lead == 0 && nameEnd < end && !char.IsAsciiDigit(text[after]))
        {
            return;
        }

        found.Add(nameStart, nameEnd - nameStart, PiiKind.Person, 3);
    }

    /// <summary>Where the part of a file's name that starts at <paramref name="start"/> ends: at "_", ".", or "-" (not inside "1-1", "i-9").</summary>
    private static int FilePartEnd(ReadOnlySpan<char> text, int start, int end)
    {
        int k = start;
        while (k < end && text[k] is not ('_' or '.' or '\\' or '/' or ' ') && !(text[k] == '-' && k > start && !(char.IsAsciiDigit(At(text, k + 1)) && (char.IsAsciiDigit(text[k - 1]) || k - start == 1))))
        {
            k++;
        }

        return k;
    }
}
