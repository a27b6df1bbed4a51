using System.Buffers;
using static Pipeline.Privacy.Detection.Text;

namespace Pipeline.Privacy.Detection;

/// <summary>
/// Contexts that say "a person" whatever the name's culture or script, so a name no list holds is found there
/// ("acknowledged by Wanjiru Otieno", "Incident commander: ሰላም አለሙ", "Your refund, Aroha", "Notes by นิรันดร์ ชัยพร",
/// "+44 20 … (Saga Ekdahl)", "மீனாட்சி (Presenting)", "刘志伟: pls call me", "Kalani Akana (E-4164) – Time Off",
/// "SEPA mandate · Kanoa Kealoha · DE89 …"):
/// <list type="bullet">
/// <item>a cue of the on-call, incident, support, notes, share and estate tools before it, or a salutation with a comma;</item>
/// <item>after it: a presenter's mark, a record id in parentheses at the title's start, "invited you", "shared …", a
/// possessive, or a chat message's colon at the title's start;</item>
/// <item>in parentheses right after a phone number;</item>
/// <item>a whole segment beside a segment that holds a phone number, IBAN, card, SSN, e-mail or id found in the same
/// title (stricter: two or more Latin words that are no common words, or a native-script name with a listed family name
/// or of a script without capitals).</item>
/// </list>
/// A Latin name here is one to four capitalised words (particles such as "van", "de", "te" between them, an initial
/// last); each is a listed name or no common word, and none is an interface word, so "Grace Period" and "Saved items" stay.
/// </summary>
internal static partial class PersonDetector
{
    // Cues after which only a person stands (the tools that write them name people there).
    private static readonly string[] s_personLeadCues =
        ["acknowledged by ", "acked by ", "resolved by ", "escalated to ", "escalated by ", "reassigned to ", "handed over to ",
         "incident commander ", "incident commander: ", "incident lead: ", "on-call now: ", "on-call: ", "on call: ", "on call now: ",
         "now on call: ", "on-call engineer: ", "primary on-call: ", "secondary on-call: ", "notes by ", "notes from ", "transcript by ",
         "recorded by ", "summary by ", "estate of ", "claim for ", "claimant: ", "insured: ", "policyholder: ", "call with ", "chat with ",
         "meeting with ", "1:1 with ", "from: ", "sent by ", "shared by ", "invited by ", "assigned to ", "reviewed by ", "approved by ",
         "submitted by ", "requested by ", "signed by ", "created by ", "owned by ", "agent: ", "caller: ", "customer: ", "patient: ",
         "employee: ", "candidate: ", "client: ", "contact: ", "guest: ", "host: ", "speaker: ", "driver: ", "courier: ", "tenant: ",
         "rufbereitschaft: ", "bereitschaft: ", "astreinte : ", "astreinte: ", "de guardia: ", "guardia: ", "reperibile: ", "plantão: ",
         "quittiert von ", "acquitté par ", "reconocido por ", "notizen von ", "notes de ", "notas de ", "appel de ", "anruf von "];

    // Openings of a salutation that names the reader after a comma: "Your refund, Aroha", "Welcome aboard, Tane".
    private static readonly string[] s_salutations =
        ["your ", "hi ", "hello ", "hey ", "dear ", "thanks ", "thank you ", "welcome ", "congrats ", "congratulations ", "good morning ",
         "good afternoon ", "happy birthday ", "hallo ", "hola ", "olá ", "ciao ", "bonjour ", "bienvenue ", "willkommen ", "ihre ", "ihr ",
         "votre ", "tu ", "su ", "seu ", "sua ", "il tuo ", "la tua "];

    // What follows a person and nothing else: a meeting's presenter, an invitation, a share.
    private static readonly string[] s_personTrailCues =
        [" (presenting)", " (presenter)", " (host)", " (co-host)", " (guest)", " (you)", " (external)", " (organizer)", " (organiser)",
         " is presenting", " invited you", " shared ", " mentioned you", " assigned you", " sent you", " added you", " replied to you",
         " is typing", " left a comment", " commented", " joined", " has joined", " hat dich", " vous a ",
         " te invitó", " te ha ", " ti ha ", " convidou você"];

    // One scan tells whether a title holds any cue at all (most hold none).
    private static readonly SearchValues<string> s_anyLeadCue = SearchValues.Create(s_personLeadCues, StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> s_anyTrailCue = SearchValues.Create(s_personTrailCues, StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<char> s_nameEndMarks = SearchValues.Create(":,;)<>(|/!?…\"“”«»[]");

    private static readonly WordSet s_strongParticles = WordSet.Of(
        ["van", "de", "von", "der", "den", "da", "di", "del", "la", "le", "du", "bin", "binti", "bint", "al", "el", "ten", "ter", "dos", "das",
         "do", "della", "dei", "des", "zu", "af", "ibn", "abu", "ben", "te", "y", "e", "st."]);

    private static void FindInStrongContexts(ReadOnlySpan<char> text, ref Findings found)
    {
        if (text.Length < 3)
        {
            return;
        }

        if (text.IndexOf('.') > 0)
        {
            FindNamesInPersonalFiles(text, ref found);
            FindFileOwnerBeforeDocument(text, ref found);
        }

        foreach (string cue in text.IndexOfAny(s_anyLeadCue) >= 0 ? s_personLeadCues : [])
        {
            for (int at = IndexOfWordIgnoreCase(text, 0, cue); at >= 0; at = IndexOfWordIgnoreCase(text, at + 1, cue))
            {
                int start = at + cue.Length;
                while (start < text.Length && text[start] == ' ')
                {
                    start++;
                }

                // One Latin word must be a given name or a word no list and no assistant holds ("Chat with Copilot").
                int end = NameEnd(text, start, strict: false);
                if (end > start && IsPersonWord(text, start, end))
                {
                    AddNameAt(text, start, strict: false, ref found);
                }
            }
        }

        FindSalutations(text, ref found);
        FindNativeNameAfterLogin(text, ref found);
        FindPairedNames(text, ref found);
        FindSignatureName(text, ref found);
        FindRecordSubject(text, ref found);
        FindTrailedNames(text, ref found);
        FindNameAfterPhone(text, ref found);
        FindNameBesideIdentifier(text, ref found);
    }

    /// <summary>
    /// "Aroha, Eetu, 雨婷, You", "Kalani, Sipho and 4 others": a group conversation named by its members, which a
    /// messenger closes with "You" or a count of the others; every item is a person when each is name-shaped.
    /// </summary>
    private static void FindGroupMembers(ReadOnlySpan<char> text, ref Findings found)
    {
        Span<int> bounds = stackalloc int[32];
        int count = Segments(text, bounds);
        Span<int> items = stackalloc int[16];
        for (int s = 0; s < count; s++)
        {
            int start = bounds[s * 2];
            int end = bounds[(s * 2) + 1];
            if (s == 0)
            {
                start += BadgeLength(text[start..end]);
            }

            ReadOnlySpan<char> segment = text[start..end];
            int closing = GroupClosing(segment);
            if (closing < 0 || segment.IndexOf(", ", StringComparison.Ordinal) < 0)
            {
                continue;
            }

            // The items before the closing, split at ", " and " and ".
            int n = 0;
            int itemStart = start;
            int listEnd = start + closing;
            bool allNames = true;
            for (int k = start; k <= listEnd && allNames; k++)
            {
                bool comma = k + 1 < listEnd && text[k] == ',' && text[k + 1] == ' ';
                bool and = k + 5 <= listEnd && text[k..].StartsWith(" and ", StringComparison.Ordinal);
                if (k < listEnd && !comma && !and)
                {
                    continue;
                }

                int itemEnd = k;
                int nameEnd = NameEnd(text, itemStart, strict: false);
                allNames = itemEnd > itemStart && nameEnd == itemEnd && n < items.Length / 2;
                if (allNames)
                {
                    items[n * 2] = itemStart;
                    items[(n * 2) + 1] = itemEnd;
                    n++;
                }

                itemStart = comma ? k + 2 : k + 5;
                k = itemStart - 1;
            }

            // Every item a person's word; after "and N more" one must be a listed given name or a native-script name
            // ("Apples, Pears and 3 more" stays).
            bool anchored = false;
            for (int m = 0; m < n && allNames; m++)
            {
                int a = items[m * 2];
                int b = items[(m * 2) + 1];
                allNames = IsPersonWord(text, a, b);
                anchored |= ScriptOf(text[a]) != NativeScript.None || Lexicon.IsFirstName(text[a..WordEnd(text, a)], out _);
            }

            // "… and 3 more" also closes lists of things; "… and 3 others" and ", You" close a group of people.
            if (!allNames || (!anchored && segment.EndsWith(" more", StringComparison.Ordinal)) || n < 1)
            {
                continue;
            }

            for (int m = 0; m < n; m++)
            {
                if (!found.Overlaps(items[m * 2], items[(m * 2) + 1]))
                {
                    found.Add(items[m * 2], items[(m * 2) + 1] - items[m * 2], PiiKind.Person, 3);
                }
            }
        }
    }

    /// <summary>
    /// Whether a name found in a strong context is enough on its own: a native-script name, two Latin words or more, or
    /// one that is a given name or a word no list, assistant or interface holds ("Chat with Copilot", "Welcome, Guest").
    /// </summary>
    private static bool IsPersonWord(ReadOnlySpan<char> text, int start, int end) =>
        ScriptOf(text[start]) != NativeScript.None || text[start..end].Contains(' ')
        || Lexicon.IsFirstName(text[start..end], out _) || IsUnlistedName(text[start..end]);

    /// <summary>Where a group's closing starts in <paramref name="segment"/> (", You", " and 4 others", " +3"), or -1.</summary>
    private static int GroupClosing(ReadOnlySpan<char> segment)
    {
        if (segment.EndsWith(", You", StringComparison.Ordinal) || segment.EndsWith(", you", StringComparison.Ordinal))
        {
            return segment.Length - 5;
        }

        int and = segment.LastIndexOf(" and ", StringComparison.Ordinal);
        if (and > 0 && (segment.EndsWith(" others", StringComparison.Ordinal) || segment.EndsWith(" more", StringComparison.Ordinal)))
        {
            ReadOnlySpan<char> count = segment[(and + 5)..segment.LastIndexOf(' ')];
            if (count.Length is > 0 and <= 3 && !count.ContainsAnyExceptInRange('0', '9'))
            {
                return and;
            }
        }

        return -1;
    }

    /// <summary>"Your refund, Aroha", "Re: [T-1] Welcome aboard, 伟 – Zendesk": a salutation, a comma and the reader's name, at the segment's end.</summary>
    private static void FindSalutations(ReadOnlySpan<char> text, ref Findings found)
    {
        for (int comma = text.IndexOf(", ", StringComparison.Ordinal); comma > 0; comma = NextIndexOf(text, comma + 1, ", "))
        {
            int segmentStart = comma;
            while (segmentStart > 0 && !IsSegmentSeparator(text, segmentStart - 1) && text[segmentStart - 1] is not (']' or ':'))
            {
                segmentStart--;
            }

            ReadOnlySpan<char> lead = text[segmentStart..comma].TrimStart(' ');
            if (lead.Length > 40 || lead.Count(' ') > 3)
            {
                continue;
            }

            bool salutation = false;
            foreach (string opening in s_salutations)
            {
                if (lead.StartsWith(opening, StringComparison.OrdinalIgnoreCase) || lead.Equals(opening.AsSpan().TrimEnd(' '), StringComparison.OrdinalIgnoreCase))
                {
                    salutation = true;
                    break;
                }
            }

            int end = NameEnd(text, comma + 2, strict: false);
            if (salutation && end > comma + 2 && IsPersonWord(text, comma + 2, end))
            {
                AddNameAt(text, comma + 2, strict: false, ref found, requireSegmentEnd: true);
            }
        }
    }

    /// <summary>"மீனாட்சி (Presenting)", "刘志伟 invited you", "Kalani Akana (E-4164) – Time Off", "आरव's notes", "ሕይወት ተስፋዬ: here's the key".</summary>
    private static void FindTrailedNames(ReadOnlySpan<char> text, ref Findings found)
    {
        foreach (string cue in text.IndexOfAny(s_anyTrailCue) >= 0 ? s_personTrailCues : [])
        {
            for (int at = IndexOfIgnoreCase(text, 0, cue); at > 0; at = IndexOfIgnoreCase(text, at + 1, cue))
            {
                int start = NameStartBefore(text, at);
                // One Latin word before a share or a mark must be a listed given name ("Dropbox shared …" is the app).
                if (start >= 0 && (ScriptOf(text[start]) != NativeScript.None || text[start..at].Contains(' ')
                    || Lexicon.IsFirstName(text[start..at], out _)))
                {
                    AddNameAt(text, start, strict: false, ref found, exactEnd: at);
                }
            }
        }

        // At the title's start (after a badge): a record id in parentheses, a possessive, or a chat message.
        int first = BadgeLength(text);
        if (first >= text.Length)
        {
            return;
        }

        int end = NameEnd(text, first, strict: false);
        if (end <= first)
        {
            return;
        }

        // One Latin word must be a clear given name here ("Paris (1984)" is a film).
        bool single = ScriptOf(text[first]) == NativeScript.None && !text[first..end].Contains(' ');
        bool trailed = (At(text, end) == ' ' && At(text, end + 1) == '(' && IsRecordIdInParentheses(text, end + 1)
                && (!single || Lexicon.IsClearFirstName(text[first..end])))
            || IsPossessive(text, end)
            || (At(text, end) == ':' && At(text, end + 1) == ' ' && IsChatMessage(text, first, end));
        if (trailed && !found.Overlaps(first, end))
        {
            found.Add(first, end - first, PiiKind.Person, 3);
        }
    }

    /// <summary>"ngata7 (ሀና ገብሬ) · GitHub": a profile's login and, in parentheses, its owner's name in any script.</summary>
    private static void FindNativeNameAfterLogin(ReadOnlySpan<char> text, ref Findings found)
    {
        for (int open = text.IndexOf(" (", StringComparison.Ordinal); open > 0; open = NextIndexOf(text, open + 1, " ("))
        {
            int start = open + 2;
            if (start >= text.Length || ScriptOf(text[start]) == NativeScript.None || !HandleDetector.IsUserNameBefore(text, open + 1))
            {
                continue;
            }

            int end = NameEnd(text, start, strict: false);
            if (end > start && At(text, end) == ')' && !found.Overlaps(start, end))
            {
                found.Add(start, end - start, PiiKind.Person, 3);
            }
        }
    }

    /// <summary>"陈建华 &lt;&gt; Aune Kettunen - sync", "ሀና ገብሬ / Tui Ngata 1:1": the two people of a one-to-one, in any script.</summary>
    private static void FindPairedNames(ReadOnlySpan<char> text, ref Findings found)
    {
        int pair = text.IndexOf(" <> ", StringComparison.Ordinal);
        int width = 4;
        if (pair < 0)
        {
            pair = text.IndexOf(" ↔ ", StringComparison.Ordinal);
            width = 3;
        }

        if (pair <= 0)
        {
            return;
        }

        int left = NameStartBefore(text, pair);
        if (left >= 0 && NameEnd(text, left, strict: false) == pair && IsPairedPerson(text, left, pair) && !found.Overlaps(left, pair))
        {
            found.Add(left, pair - left, PiiKind.Person, 3);
        }

        int right = pair + width;
        int rightEnd = NameEnd(text, right, strict: false);
        if (rightEnd > right && IsPairedPerson(text, right, rightEnd) && !found.Overlaps(right, rightEnd))
        {
            found.Add(right, rightEnd - right, PiiKind.Person, 3);
        }
    }

    // "Staging <> Production" pairs things: a Latin side must start with a given name.
    private static bool IsPairedPerson(ReadOnlySpan<char> text, int start, int end) =>
        ScriptOf(text[start]) != NativeScript.None || (Lexicon.IsFirstName(text[start..WordEnd(text, start)], out _) && IsPersonWord(text, start, end));

    // The last word of a job title in a mail signature ("Senior Account Manager", "Paralegal", "Head of Data").
    private static readonly WordSet s_roleWords = WordSet.Of(
        ["manager", "engineer", "director", "developer", "designer", "consultant", "analyst", "officer", "lead", "head", "president",
         "ceo", "cto", "cfo", "coo", "cmo", "cio", "vp", "founder", "co-founder", "partner", "associate", "paralegal", "attorney", "lawyer",
         "solicitor", "counsel", "accountant", "controller", "recruiter", "specialist", "coordinator", "administrator", "assistant",
         "executive", "representative", "advisor", "adviser", "architect", "scientist", "researcher", "nurse", "physician", "therapist",
         "teacher", "professor", "lecturer", "intern", "editor", "writer", "producer", "strategist", "planner", "buyer", "agent", "broker",
         "secretary", "clerk", "supervisor", "technician", "owner", "principal", "chair", "chairman", "chairwoman", "treasurer",
         "geschäftsführer", "geschäftsführerin", "leiter", "leiterin", "berater", "beraterin", "entwickler", "entwicklerin", "responsable",
         "directeur", "directrice", "gerente", "directora", "director", "ingeniero", "ingeniera", "consultor", "consultora"]);

    /// <summary>
    /// "Tui Ngata | Account Manager | Harbour Freight Ltd | +64 9 …": a mail signature opens with the sender's name and
    /// goes on with a job title.
    /// </summary>
    private static void FindSignatureName(ReadOnlySpan<char> text, ref Findings found)
    {
        int bar = text.IndexOf(" | ", StringComparison.Ordinal);
        if (bar <= 0)
        {
            return;
        }

        int roleEnd = NextIndexOf(text, bar + 3, " | ");
        ReadOnlySpan<char> role = text[(bar + 3)..(roleEnd < 0 ? text.Length : roleEnd)].TrimEnd();
        int lastSpace = role.LastIndexOf(' ');
        if (roleEnd < 0 || role.Length > 40 || !s_roleWords.Contains(role[(lastSpace + 1)..]) && !(lastSpace > 0 && role.StartsWith("Head of", StringComparison.Ordinal)))
        {
            return;
        }

        int start = BadgeLength(text);
        int end = NameEnd(text, start, strict: false);
        if (end == bar && IsPersonWord(text, start, end) && (ScriptOf(text[start]) != NativeScript.None || text[start..end].Contains(' '))
            && !found.Overlaps(start, end))
        {
            found.Add(start, end - start, PiiKind.Person, 3);
        }
    }

    // Records about one person whose title opens with the record's kind, then the person, then its date or id.
    private static readonly string[] s_recordOpenings =
        ["appointment", "appt", "visit", "consultation", "booking for", "session", "check-in", "intake", "payroll run", "payroll",
         "payslip", "pay run", "timesheet", "leave request", "time off", "onboarding", "offboarding", "background check", "termin",
         "sprechstunde", "rendez-vous", "consultation", "cita", "consulta", "afspraak", "visita", "besök", "tapaaminen", "予約"];

    /// <summary>
    /// "Appointment — 陈建华 — 12/12/2026 09:30", "Payroll run May 2026 — Tui Ngata — Employee ID E-2201": the segment
    /// after a record's kind is its person when the segment after it holds a date or an id.
    /// </summary>
    private static void FindRecordSubject(ReadOnlySpan<char> text, ref Findings found)
    {
        Span<int> bounds = stackalloc int[16];
        int count = Segments(text, bounds);
        if (count < 3)
        {
            return;
        }

        ReadOnlySpan<char> kind = text[bounds[0]..bounds[1]];
        bool record = false;
        foreach (string opening in s_recordOpenings)
        {
            if (kind.StartsWith(opening, StringComparison.OrdinalIgnoreCase) && (kind.Length == opening.Length || kind[opening.Length] == ' '))
            {
                record = true;
                break;
            }
        }

        int start = bounds[2];
        int end = bounds[3];
        if (!record || text[bounds[4]..bounds[5]].IndexOfAnyInRange('0', '9') < 0 || found.Overlaps(start, end))
        {
            return;
        }

        int nameEnd = NameEnd(text, start, strict: false);
        if (nameEnd == end && IsPersonWord(text, start, end) && (ScriptOf(text[start]) != NativeScript.None || text[start..end].Contains(' '))
            && !AnyCommonWord(text, start, end) && !IsCompanySuffixAfter(text, end))
        {
            found.Add(start, end - start, PiiKind.Person, 3);
        }
    }

    /// <summary>
    /// "T. Ngata - timesheet week 12.xlsx", "Aune Kettunen – 1-1 notes.docx": a file's name that opens with its person,
    /// then the document.
    /// </summary>
    private static void FindFileOwnerBeforeDocument(ReadOnlySpan<char> text, ref Findings found)
    {
        int dash = text.IndexOf(" - ", StringComparison.Ordinal);
        if (dash < 0)
        {
            dash = text.IndexOf(" – ", StringComparison.Ordinal);
        }

        if (dash <= 0 || !HasFileExtension(text, text.LastIndexOf('.')))
        {
            return;
        }

        int partEnd = dash + 3;
        while (partEnd < text.Length && (char.IsLetterOrDigit(text[partEnd]) || text[partEnd] == '-'))
        {
            partEnd++;
        }

        ReadOnlySpan<char> document = text[(dash + 3)..partEnd];
        if (!s_personalFileWords.Contains(document) && !s_personalDocumentWords.Contains(document))
        {
            return;
        }

        int start = BadgeLength(text);
        int end = NameEnd(text, start, strict: false);
        if (end == dash && IsPersonWord(text, start, end) && (ScriptOf(text[start]) != NativeScript.None || text[start..end].Contains(' '))
            && !found.Overlaps(start, end))
        {
            found.Add(start, end - start, PiiKind.Person, 3);
        }
    }

    /// <summary>"Callback requested: +44 20 7946 0000 (Saga Ekdahl)": a name in parentheses right after a phone number.</summary>
    private static void FindNameAfterPhone(ReadOnlySpan<char> text, ref Findings found)
    {
        for (int open = text.IndexOf(" (", StringComparison.Ordinal); open > 0; open = NextIndexOf(text, open + 1, " ("))
        {
            if (!char.IsAsciiDigit(text[open - 1]) || !found.OverlapsKind(open - 1, open, PiiKind.Phone))
            {
                continue;
            }

            int start = open + 2;
            int end = NameEnd(text, start, strict: false);
            if (end > start && At(text, end) == ')' && !found.Overlaps(start, end))
            {
                found.Add(start, end - start, PiiKind.Person, 3);
            }
        }
    }

    /// <summary>"SEPA mandate · Kanoa Kealoha · DE89 …", "Rappel : 06 12 34 56 78 — Aino Virtanen": a whole segment beside a personal identifier.</summary>
    private static void FindNameBesideIdentifier(ReadOnlySpan<char> text, ref Findings found)
    {
        Span<int> bounds = stackalloc int[32];
        int count = Segments(text, bounds);
        if (count < 2)
        {
            return;
        }

        bool any = false;
        for (int s = 0; s < count && !any; s++)
        {
            any = HoldsIdentifier(bounds[s * 2], bounds[(s * 2) + 1], ref found);
        }

        if (!any)
        {
            return;
        }

        for (int s = 0; s < count; s++)
        {
            int start = bounds[s * 2];
            int end = bounds[(s * 2) + 1];
            if (s == 0)
            {
                start += BadgeLength(text[start..end]);
            }

            // "刘伟 <wei.liu@…> | Customer profile": a name and its address in angle brackets.
            int named = NameEnd(text, start, strict: false);
            if (named > start && At(text, named) == ' ' && At(text, named + 1) == '<' && found.OverlapsKind(named + 2, named + 3, PiiKind.Email)
                && !found.Overlaps(start, named))
            {
                found.Add(start, named - start, PiiKind.Person, 3);
                continue;
            }

            // The last segment is the application's, the vendor's or the agency's ("… | Epic Hyperspace", "… – Wells Fargo"),
            // unless the one before asks to call a number back ("Rückruf bitte: 030 … | Aune Kettunen").
            bool callback = s > 0 && IsCallbackRequest(text[bounds[(s - 1) * 2]..bounds[((s - 1) * 2) + 1]]);
            if (s == count - 1 && !callback)
            {
                continue;
            }

            bool beside = (s > 0 && HoldsIdentifier(bounds[(s - 1) * 2], bounds[((s - 1) * 2) + 1], ref found))
                || (s + 1 < count && HoldsIdentifier(bounds[(s + 1) * 2], bounds[((s + 1) * 2) + 1], ref found));
            if (!beside || found.Overlaps(start, end))
            {
                continue;
            }

            // A native honorific after the name stays outside it ("Ploy Wongsakul 様").
            ReadOnlySpan<char> segment = text[start..end];
            int last = segment.LastIndexOf(' ');
            if (last > 0 && s_nativeHonorifics.Contains(segment[(last + 1)..]))
            {
                end = start + last;
            }

            // After a request to call back, the name need not be listed ("Rappel : 06 … · Tui Ngata").
            int nameEnd = NameEnd(text, start, strict: !callback);
            bool accepted = callback ? IsPersonWord(text, start, nameEnd) && (ScriptOf(text[start]) != NativeScript.None || text[start..nameEnd].Contains(' '))
                : ScriptOf(text[start]) != NativeScript.None || HasListedNameWord(text, start, end);
            if (nameEnd == end && At(text, end) != ':' && !IsCompanySuffixAfter(text, end) && !IsEponymousBrand(text, start, end, false) && accepted)
            {
                found.Add(start, end - start, PiiKind.Person, 3);
            }
        }
    }

    /// <summary>Whether a word of the Latin run is a listed given or family name ("Agencia Tributaria" has none).</summary>
    private static bool HasListedNameWord(ReadOnlySpan<char> text, int start, int end)
    {
        for (int i = start; i < end;)
        {
            int wordEnd = NameWordEnd(text, i);
            if (wordEnd <= i)
            {
                wordEnd = i + 1;
            }
            else if (char.IsUpper(text[i]) && (Lexicon.IsFirstName(text[i..wordEnd], out _) || Lexicon.IsClearFamilyName(text[i..wordEnd])))
            {
                return true;
            }

            i = wordEnd;
            while (i < end && !char.IsLetter(text[i]))
            {
                i++;
            }
        }

        return false;
    }

    private static readonly string[] s_callbackCues =
        ["callback", "call back", "please call", "pls call", "call me", "ring back", "rückruf", "bitte zurückrufen", "zurückrufen", "rappel",
         "rappeler", "à rappeler", "devolver llamada", "llamar a", "richiamare", "richiamata", "terugbellen", "terugbelverzoek", "ligar para",
         "retornar ligação", "oddzwonić", "ring tilbake", "ring upp", "soita takaisin"];

    private static bool IsCallbackRequest(ReadOnlySpan<char> segment)
    {
        foreach (string cue in s_callbackCues)
        {
            if (segment.StartsWith(cue, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HoldsIdentifier(int start, int end, ref Findings found) =>
        found.OverlapsKind(start, end, PiiKind.Phone) || found.OverlapsKind(start, end, PiiKind.Iban) || found.OverlapsKind(start, end, PiiKind.Card)
        || found.OverlapsKind(start, end, PiiKind.Ssn) || found.OverlapsKind(start, end, PiiKind.Email) || found.OverlapsKind(start, end, PiiKind.Id);

    private static int AddNameAt(ReadOnlySpan<char> text, int start, bool strict, ref Findings found, bool requireSegmentEnd = false, int exactEnd = -1)
    {
        int end = NameEnd(text, start, strict);
        if (end <= start || (exactEnd >= 0 && end != exactEnd))
        {
            return -1;
        }

        if (requireSegmentEnd)
        {
            int k = end;
            while (k < text.Length && text[k] == ' ')
            {
                k++;
            }

            if (k < text.Length && !IsSegmentSeparator(text, k) && text[k] is not ('!' or '.'))
            {
                return -1;
            }
        }

        if (found.Overlaps(start, end) || IsCompanySuffixAfter(text, end) || IsEponymousBrand(text, start, end, false))
        {
            return -1;
        }

        found.Add(start, end - start, PiiKind.Person, 3);
        return end;
    }

    /// <summary>
    /// Where a name that starts at <paramref name="start"/> ends, or <paramref name="start"/> when none starts there:
    /// a native-script name, or one to four Latin name words; the name must end where a word can (a space, a mark, the end).
    /// </summary>
    private static int NameEnd(ReadOnlySpan<char> text, int start, bool strict)
    {
        if (start >= text.Length)
        {
            return start;
        }

        NativeScript script = ScriptOf(text[start]);
        int end = script == NativeScript.None ? LatinNameEnd(text, start, strict) : ScriptNameEnd(text, start, script, strict);
        if (end <= start)
        {
            return start;
        }

        char after = At(text, end);
        return end == text.Length || after == ' ' || s_nameEndMarks.Contains(after) || (after is '\'' or '’' && At(text, end + 1) == 's')
            ? end : start;
    }

    private static int ScriptNameEnd(ReadOnlySpan<char> text, int start, NativeScript script, bool strict)
    {
        int end = start;
        int words = 0;
        int i = start;
        while (words < 3)
        {
            int wordEnd = NativeWordEnd(text, i, script);
            // "בן-דוד": a hyphenated family name.
            while (At(text, wordEnd) == '-' && ScriptOf(At(text, wordEnd + 1)) == script)
            {
                wordEnd = NativeWordEnd(text, wordEnd + 1, script);
            }

            if (wordEnd == i)
            {
                break;
            }

            ReadOnlySpan<char> word = text[i..wordEnd];
            if (script == NativeScript.Cased && !char.IsUpper(word[0]))
            {
                break;
            }

            if (script == NativeScript.Han && (HasKana(word) || word.Length > 4) && !NativeNames.IsGiven(word) && !NativeNames.IsFamily(word))
            {
                // Kana words are mostly the interface's ("受信トレイ"), and a long Han run is a phrase.
                break;
            }

            words++;
            end = wordEnd;
            if (At(text, wordEnd) != ' ' || ScriptOf(At(text, wordEnd + 1)) != script)
            {
                break;
            }

            i = wordEnd + 1;
        }

        if (end == start)
        {
            return start;
        }

        if (strict)
        {
            // Beside an identifier only: Han and Hangul need a listed family name first; a one-word name of a
            // script without capitals needs to be listed.
            ReadOnlySpan<char> name = text[start..end];
            if (script is NativeScript.Han or NativeScript.Hangul)
            {
                bool listed = NativeNames.IsFamily(name[..1]) || (name.Length > 2 && NativeNames.IsFamily(name[..2])) || NativeNames.IsGiven(name);
                if (!listed || name.Length < 2)
                {
                    return start;
                }
            }
            else if (words == 1 && !NativeNames.IsGiven(name) && !NativeNames.IsFamily(name))
            {
                return start;
            }
        }

        return end;
    }

    private static bool HasKana(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (c is >= '\u3040' and <= '\u30FF')
            {
                return true;
            }
        }

        return false;
    }

    private static int LatinNameEnd(ReadOnlySpan<char> text, int start, bool strict)
    {
        int end = start;
        int words = 0;
        int capitalised = 0;
        bool allListed = true;
        int i = start;
        while (words < 5 && i < text.Length)
        {
            int wordEnd = i;
            if (char.IsUpper(text[i]) && At(text, i + 1) == '.' && (i + 2 >= text.Length || At(text, i + 2) == ' '))
            {
                // An initial: "Santiago R.", "K. Wongsakul".
                wordEnd = i + 2;
            }
            else if (char.IsUpper(text[i]))
            {
                wordEnd = NameWordEnd(text, i);
                ReadOnlySpan<char> word = text[i..wordEnd];
                if (word.Length < 2 || !IsLatinNameWord(word) || IsNotSurname(word) || IsMonthOrDay(word))
                {
                    break;
                }

                bool listed = Lexicon.IsFirstName(word, out _) || Lexicon.IsFamilyName(word, out _) || IsHyphenatedGivenName(word);
                if (Lexicon.IsCommonWord(word) && (strict ? !Lexicon.IsClearFirstName(word) : !listed))
                {
                    // "Cost Explorer", "Epic Hyperspace": beside an identifier a common word must be a clear given name.
                    break;
                }

                allListed &= listed;
                capitalised++;
            }
            else if (words > 0 && char.IsLower(text[i]))
            {
                wordEnd = WordEnd(text, i);
                if (!s_strongParticles.Contains(text[i..wordEnd]) || !char.IsUpper(At(text, wordEnd + 1)))
                {
                    break;
                }
            }
            else
            {
                break;
            }

            words++;
            if (char.IsUpper(text[i]))
            {
                end = wordEnd;
            }

            if (At(text, wordEnd) != ' ' || !char.IsLetter(At(text, wordEnd + 1)))
            {
                break;
            }

            i = wordEnd + 1;
        }

        if (capitalised == 0 || words > 4)
        {
            return start;
        }

        // Beside an identifier a single word or an all-common pair is too weak ("Zalando", "Grace Period").
        if (strict && (capitalised < 2 || (allListed && AnyCommonWord(text, start, end))))
        {
            return start;
        }

        return end;
    }

    private static bool IsLatinNameWord(ReadOnlySpan<char> word)
    {
        if (!char.IsUpper(word[0]))
        {
            return false;
        }

        bool lower = false;
        for (int k = 1; k < word.Length; k++)
        {
            char c = word[k];
            if (char.IsLower(c))
            {
                lower = true;
            }
            else if (c is '-' or '\'' or '’')
            {
                if (k + 1 >= word.Length || !char.IsLetter(word[k + 1]))
                {
                    return false;
                }
            }
            else if (!(char.IsUpper(c) && k > 1 && word[k - 1] is '-' or '\'' or '’') && !(char.IsUpper(c) && k == 2 && word[0] is 'M' && word[1] == 'c'))
            {
                return false;
            }
        }

        return lower;
    }

    private static int NameStartBefore(ReadOnlySpan<char> text, int end)
    {
        // The name runs back to the segment's start or to a cue's colon; it must be the whole of what precedes.
        int start = end;
        while (start > 0 && !IsSegmentSeparator(text, start - 1) && text[start - 1] is not (':' or '(' or ']' or '"' or '“'))
        {
            start--;
        }

        while (start < end && text[start] == ' ')
        {
            start++;
        }

        int badge = start == 0 ? BadgeLength(text) : 0;
        start += badge;
        return start < end ? start : -1;
    }

    private static bool IsRecordIdInParentheses(ReadOnlySpan<char> text, int open)
    {
        int close = text[open..].IndexOf(')');
        if (close < 2 || close > 24)
        {
            return false;
        }

        // The id is the last word inside, with digits: "(E-416448)", "(HR-7311-950)", "(Client C-59741)", "(4248705)".
        // "(47)", "(904)", "(Live 1975)", "(385 KB)" are counts, years and sizes.
        ReadOnlySpan<char> inside = text[(open + 1)..(open + close)];
        ReadOnlySpan<char> id = inside[(inside.LastIndexOf(' ') + 1)..];
        if (id.IndexOfAnyInRange('0', '9') < 0 || inside.Contains('%') || inside.IndexOfAny('/', '.') >= 0)
        {
            return false;
        }

        bool digitsOnly = !id.ContainsAnyExceptInRange('0', '9');
        return digitsOnly ? id.Length >= 5 : id.Contains('-') || (id.Length >= 5 && char.IsAsciiLetterUpper(id[0]));
    }

    /// <summary>
    /// "ሰላም በቀለ: card is …", "Wiremu Tūhoe: here is the …": a sender and a message. A native-script sender may open any
    /// message in lower case; a Latin one needs two words and a message that opens with a word of speech.
    /// </summary>
    private static bool IsChatMessage(ReadOnlySpan<char> text, int start, int end)
    {
        NativeScript script = ScriptOf(text[start]);
        if (script != NativeScript.None)
        {
            // A label and a value ("宛先: o.kucera@…") is no message: the message is three words or more, and a Han or
            // Hangul sender starts with a listed family name.
            ReadOnlySpan<char> message = text[(end + 2)..];
            int space = message.IndexOf(' ');
            bool words = space > 0 && message[..space].IndexOfAny('@', '.', '/') < 0 && message.Count(' ') >= 2;
            bool sender = script is not (NativeScript.Han or NativeScript.Hangul) || NameEnd(text, start, strict: true) == end;
            return words && sender && (char.IsLower(At(text, end + 2)) || IsMessageAfter(text, end + 2));
        }

        return text[start..end].Contains(' ') && IsMessageAfter(text, end + 2);
    }

    private static bool IsMessageAfter(ReadOnlySpan<char> text, int start)
    {
        int wordEnd = start;
        while (wordEnd < text.Length && (char.IsLetter(text[wordEnd]) || text[wordEnd] is '\'' or '’'))
        {
            wordEnd++;
        }

        return wordEnd > start && char.IsLower(text[start]) && IsOneOf(text[start..wordEnd], s_messageOpenings);
    }

    private static int IndexOfWordIgnoreCase(ReadOnlySpan<char> text, int from, string cue)
    {
        for (int at = IndexOfIgnoreCase(text, from, cue); at >= 0; at = IndexOfIgnoreCase(text, at + 1, cue))
        {
            if (at == 0 || !char.IsLetterOrDigit(text[at - 1]))
            {
                return at;
            }
        }

        return -1;
    }

    private static int IndexOfIgnoreCase(ReadOnlySpan<char> text, int from, string value)
    {
        if (from >= text.Length)
        {
            return -1;
        }

        int i = text[from..].IndexOf(value, StringComparison.OrdinalIgnoreCase);
        return i < 0 ? -1 : from + i;
    }

    private static int NextIndexOf(ReadOnlySpan<char> text, int from, string value)
    {
        if (from >= text.Length)
        {
            return -1;
        }

        int i = text[from..].IndexOf(value, StringComparison.Ordinal);
        return i < 0 ? -1 : from + i;
    }
}
