using System.Security.Cryptography;
using System.Text;
using GrowBot.Coaching.Signals;

namespace GrowBot.Coaching.Demo;

/// <summary>Role a demo persona plays in the demo flow.</summary>
public enum DemoRole
{
    Employee,
    Manager,
    Hrbp,
    HrbpAdmin,
    Executive,
}

/// <summary>A named person of the demo company that demos and tests refer to.</summary>
/// <param name="Key">Short stable key, for example <c>zhang-wei</c>.</param>
/// <param name="HrbpId">Person id of the assigned HRBP; null for HRBPs and the CEO.</param>
/// <param name="ExpectedSignals">Codes of <see cref="TrendSignalCodes"/> the persona raises; empty for a control.</param>
public sealed record DemoPersona(
    string Key,
    string PersonId,
    string AadObjectId,
    string NameEn,
    string NameZh,
    IReadOnlyList<string> Aliases,
    DemoRole Role,
    string DepartmentId,
    string? HrbpId,
    IReadOnlyList<string> ExpectedSignals,
    string DescriptionEn);

/// <summary>
/// The personas of the demo company: HRBPs, one employee per trend rule, one with several signals, controls
/// without signals and two people sharing a name. Person and Entra object ids are the same in every tenant.
/// </summary>
public static class DemoPersonas
{
    /// <summary>Default tenant id of the demo company (configuration key <c>Demo:TenantId</c>).</summary>
    public const string DefaultTenantId = "c0ffee00-0000-4000-8000-000000000001";

    /// <summary>The Chinese name two demo employees share (王芳, in sales and in retail).</summary>
    public const string SharedNameZh = "王芳";

    public static DemoPersona LiJuan { get; } = Create("li-juan", DemoCompany.HrbpLiJuan, DemoRole.HrbpAdmin, [], "HR director, HRBP of sales and wealth management, tenant admin.");
    public static DemoPersona HeTing { get; } = Create("he-ting", DemoCompany.HrbpHeTing, DemoRole.Hrbp, [], "HRBP of R&D and product.");
    public static DemoPersona MaChao { get; } = Create("ma-chao", DemoCompany.HrbpMaChao, DemoRole.Hrbp, [], "HRBP of retail stores and manufacturing.");

    public static DemoPersona ZhangWei { get; } = Create("zhang-wei", "e-zhangwei", DemoRole.Employee,
        [TrendSignalCodes.OvertimeRise, TrendSignalCodes.ComplaintRise], "Sales: overtime 20 → 26 h (+30 %) and complaint rate 2.00 → 2.30 (+15 %).");
    public static DemoPersona LiuYang { get; } = Create("liu-yang", "e-liuyang", DemoRole.Employee,
        [TrendSignalCodes.RatingDecline], "R&D: rating 4.2 → 4.0 → 3.7 → 3.3 over the last four quarters.");
    public static DemoPersona ChenJing { get; } = Create("chen-jing", "e-chenjing", DemoRole.Employee,
        [TrendSignalCodes.TrainingDrop], "Product: training participation 85 % → 60 % (−25 points).");
    public static DemoPersona SunLi { get; } = Create("sun-li", "e-sunli", DemoRole.Employee,
        [TrendSignalCodes.TrainingDrop], "Product: training participation 80 % → 60 %, exactly the 20-point threshold.");
    public static DemoPersona WangQiang { get; } = Create("wang-qiang", "e-wangqiang", DemoRole.Employee,
        [TrendSignalCodes.OvertimeRise], "Manufacturing: overtime 16 → 24 h (+50 %).");
    public static DemoPersona LinNa { get; } = Create("lin-na", "e-linna", DemoRole.Employee,
        [TrendSignalCodes.ComplaintRise], "Retail store: complaint rate 2.00 → 2.40 (+20 %).");
    public static DemoPersona ZhaoMin { get; } = Create("zhao-min", "e-zhaomin", DemoRole.Employee,
        [TrendSignalCodes.GoalCompletionDrop], "Wealth management: goal completion 92 % → 70 % (−22 points).");

    public static DemoPersona ChenGang { get; } = Create("chen-gang", "e-chengang", DemoRole.Employee, [], "Sales control: steady numbers, no signal.");
    public static DemoPersona ZhouJie { get; } = Create("zhou-jie", "e-zhoujie", DemoRole.Employee, [], "R&D control: steady numbers, no signal.");
    public static DemoPersona GaoYan { get; } = Create("gao-yan", "e-gaoyan", DemoRole.Employee, [],
        "Manufacturing near miss: overtime 5 → 9 h (+80 % but under 10 h) and training 80 % → 61 % (−19 points).");

    public static DemoPersona WangFangSales { get; } = Create("wang-fang-sales", "e-wangfang", DemoRole.Employee, [], "Sales; shares the name 王芳 with a retail employee.");
    public static DemoPersona WangFangRetail { get; } = Create("wang-fang-retail", "e-wangfang2", DemoRole.Employee, [], "Retail store; shares the name 王芳 with a sales employee.");

    public static DemoPersona HuangYong { get; } = Create("huang-yong", "e-huangyong", DemoRole.Manager, [], "Head of sales, manager of Zhang Wei.");
    public static DemoPersona ZhouMing { get; } = Create("zhou-ming", "e-zhouming", DemoRole.Executive, [], "CEO.");

    /// <summary>Every persona, HRBPs first.</summary>
    public static IReadOnlyList<DemoPersona> All { get; } =
    [
        LiJuan, HeTing, MaChao,
        ZhangWei, LiuYang, ChenJing, SunLi, WangQiang, LinNa, ZhaoMin,
        ChenGang, ZhouJie, GaoYan,
        WangFangSales, WangFangRetail, HuangYong, ZhouMing,
    ];

    /// <summary>Employees whose data raises no signal.</summary>
    public static IReadOnlyList<DemoPersona> Controls { get; } = [ChenGang, ZhouJie, GaoYan];

    public static DemoPersona Get(string key) =>
        All.FirstOrDefault(p => p.Key == key) ?? throw new KeyNotFoundException($"No demo persona has the key '{key}'.");

    /// <summary>
    /// Returns the deterministic Entra object id of a demo person: the first 16 bytes of SHA-256 over
    /// <c>growbot-demo/{personId}</c>, shaped as a version 4 GUID.
    /// </summary>
    public static string AadObjectIdFor(string personId)
    {
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes("growbot-demo/" + personId));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x40);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString();
    }

    private static DemoPersona Create(string key, string personId, DemoRole role, IReadOnlyList<string> signals, string description)
    {
        DemoCompany.RosterEntry entry = DemoCompany.Roster.Single(r => r.Id == personId);
        string? hrbpId = role is DemoRole.Hrbp or DemoRole.HrbpAdmin or DemoRole.Executive ? null : DemoCompany.HrbpOf(entry.DepartmentId);
        return new DemoPersona(
            key, personId, AadObjectIdFor(personId), entry.NameEn, entry.NameZh, entry.Aliases,
            role, entry.DepartmentId, hrbpId, signals, description);
    }
}
