using System.Collections.Immutable;
using Kpr.Core.Data;
using Kpr.Core.Internal;
using NodaTime;
using NodaTime.Text;

namespace Kpr.Core.Services;

/// <summary>Builds <see cref="ServiceCatalogue.Default"/> from the embedded tables under Data/services/, checking
/// them as it goes: a broken table is a build defect, reported with file, line and field.</summary>
internal static class ServiceCatalogueData
{
    private const string CodesFile = "services/service_codes.csv";
    private const string GroupsFile = "services/service_groups.csv";
    private const string OtherFile = "services/other_groupings.csv";
    private const string SuccessionsFile = "services/service_code_successions.csv";
    private const string PublishedFile = "services/published_groups.csv";

    public static ServiceCatalogue LoadDefault()
    {
        var groupNames = new List<(string Id, string Name, string NameEn)>();
        foreach (var (line, f) in Rows(GroupsFile, 3))
        {
            groupNames.Add((f[0], f[1], f[2]));
        }

        var rows = new List<(ServiceCode Code, string Name, string NameEn, string GroupId, LocalDate? From, LocalDate? To, ServiceCode? ReplacedBy, SourceConfidence Confidence, string Notes)>();
        foreach (var (line, f) in Rows(CodesFile, 9))
        {
            var code = ParseCode(f[0], CodesFile, line, "code");
            if (!groupNames.Any(g => g.Id == f[3]))
            {
                throw Bad(CodesFile, line, "group_id", $"unknown group '{f[3]}'");
            }
            var from = ParseDate(f[4], CodesFile, line, "valid_from");
            var to = ParseDate(f[5], CodesFile, line, "valid_to");
            if (from is { } a && to is { } b && b < a)
            {
                throw Bad(CodesFile, line, "valid_to", "ends before it starts");
            }
            ServiceCode? replacedBy = f[6].Length == 0 ? null : ParseCode(f[6], CodesFile, line, "replaced_by");
            var confidence = f[7] switch
            {
                "high" => SourceConfidence.High,
                "medium" => SourceConfidence.Medium,
                "low" => SourceConfidence.Low,
                _ => throw Bad(CodesFile, line, "confidence", $"expected high, medium or low, got '{f[7]}'"),
            };
            if (rows.Any(r => r.Code == code))
            {
                throw Bad(CodesFile, line, "code", $"code {code} appears twice");
            }
            rows.Add((code, f[1], f[2], f[3], from, to, replacedBy, confidence, f[8]));
        }

        var groups = groupNames
            .Select(g => ServiceGroup.Create(g.Id, g.Name, g.NameEn, rows.Where(r => r.GroupId == g.Id).Select(r => r.Code)))
            .ToImmutableArray();
        var hdir = ServiceGrouping.Create("hdir", "Helsedirektoratet: tjenestegrupper (five service groups)", groups);

        var infos = rows
            .Select(r => new ServiceCodeInfo(r.Code, r.Name, r.NameEn, hdir.GroupOf(r.Code)!, r.From, r.To, r.Confidence, r.Notes))
            .ToDictionary(i => i.Code);

        foreach (var (line, f) in Rows(SuccessionsFile, 5))
        {
            var code = ParseCode(f[0], SuccessionsFile, line, "code");
            if (!infos.TryGetValue(code, out var info))
            {
                throw Bad(SuccessionsFile, line, "code", $"code {code} is not in {CodesFile}");
            }
            if (info.ValidTo is null)
            {
                throw Bad(SuccessionsFile, line, "code", $"code {code} has not ended in {CodesFile}");
            }
            var row = rows.Single(r => r.Code == code);
            switch (f[1])
            {
                case "replaced_by_code":
                    var successor = ParseCode(f[2], SuccessionsFile, line, "replaced_by");
                    if (row.ReplacedBy != successor || !infos.ContainsKey(successor))
                    {
                        throw Bad(SuccessionsFile, line, "replaced_by", $"successor {successor} disagrees with {CodesFile} or is unknown");
                    }
                    infos[code] = info.WithSuccession(ServiceCodeSuccession.ReplacedByCode, successor, null);
                    break;
                case "person_attribute":
                    var group = groups.FirstOrDefault(g => g.Id == f[3])
                        ?? throw Bad(SuccessionsFile, line, "leftovers_group_id", $"unknown group '{f[3]}'");
                    infos[code] = info.WithSuccession(ServiceCodeSuccession.BecamePersonAttribute, null, group);
                    break;
                default:
                    throw Bad(SuccessionsFile, line, "kind", $"expected replaced_by_code or person_attribute, got '{f[1]}'");
            }
        }
        foreach (var row in rows.Where(r => r.ReplacedBy is not null))
        {
            if (infos[row.Code].Succession != ServiceCodeSuccession.ReplacedByCode)
            {
                throw Bad(SuccessionsFile, 0, "code", $"code {row.Code} has replaced_by in {CodesFile} but no succession row");
            }
        }

        var groupings = ImmutableArray.CreateBuilder<ServiceGrouping>();
        groupings.Add(hdir);
        foreach (var (line, f) in Rows(OtherFile, 5))
        {
            var codes = f[2].Split(';').Select(c => ParseCode(c, OtherFile, line, "codes")).ToList();
            foreach (var c in codes.Where(c => !infos.ContainsKey(c)))
            {
                throw Bad(OtherFile, line, "codes", $"code {c} is not in {CodesFile}");
            }
            var group = ServiceGroup.Create(f[0], f[1], f[1], codes);
            groupings.Add(ServiceGrouping.Create(f[0], f[1], [group]));
        }

        var published = new List<ServiceGroup>();
        foreach (var (line, f) in Rows(PublishedFile, 5))
        {
            var codes = f[3].Split(';').Select(c => ParseCode(c, PublishedFile, line, "codes")).ToList();
            foreach (var c in codes.Where(c => !infos.ContainsKey(c)))
            {
                throw Bad(PublishedFile, line, "codes", $"code {c} is not in {CodesFile}");
            }
            if (groups.Any(g => g.Id == f[0]) || groupings.Any(g => g.Id == f[0]))
            {
                throw Bad(PublishedFile, line, "group_id", $"'{f[0]}' is already a group or grouping id");
            }
            published.Add(ServiceGroup.Create(f[0], f[1], f[2], codes));
        }
        groupings.Add(ServiceGrouping.Create(ServiceCatalogue.PublishedGroupingId, "Published series: tidsbegrenset, langtidsopphold, koordinator_base", published));

        return new ServiceCatalogue([.. infos.Values.OrderBy(i => i.Code)], hdir, groupings.ToImmutable());
    }

    private static IEnumerable<(int Line, string[] Fields)> Rows(string file, int columns)
    {
        var line = 1;
        foreach (var text in EmbeddedData.ReadLines(file))
        {
            line++;
            var fields = QuotedCsv.Split(text);
            if (fields.Length != columns)
            {
                throw Bad(file, line, "", $"expected {columns} fields, found {fields.Length}");
            }
            yield return (line, fields);
        }
    }

    private static ServiceCode ParseCode(string text, string file, int line, string field) =>
        ServiceCode.TryParse(text, out var code) ? code : throw Bad(file, line, field, ServiceCode.ParseError(text));

    private static LocalDate? ParseDate(string text, string file, int line, string field)
    {
        if (text.Length == 0)
        {
            return null;
        }
        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw Bad(file, line, field, $"'{text}' is not a date yyyy-MM-dd");
    }

    private static InvalidDataException Bad(string file, int line, string field, string message) =>
        new($"Embedded Kpr.Core data {file}, line {line}{(field.Length > 0 ? ", field " + field : "")}: {message}.");
}
