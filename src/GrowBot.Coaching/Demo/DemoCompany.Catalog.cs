using GrowBot.Coaching.Catalog;

namespace GrowBot.Coaching.Demo;

public static partial class DemoCompany
{
    private static List<Course> BuildCourses(string tenantId) =>
    [
        new(tenantId, "c-sql-basics", "SQL for business analysis", "面向业务分析的 SQL", ["sql", "data_analysis"], "zh-CN", 12m, "Internal academy"),
        new(tenantId, "c-data-storytelling", "Data storytelling", "用数据讲故事", ["data_analysis", "presentation"], "en-US", 8m, "Internal academy"),
        new(tenantId, "c-negotiation", "Consultative selling and negotiation", "顾问式销售与谈判", ["negotiation", "customer_service"], "zh-CN", 16m, "Sales academy"),
        new(tenantId, "c-complaint-handling", "Handling customer complaints", "客户投诉处理", ["customer_service"], "zh-CN", 6m, "Service academy"),
        new(tenantId, "c-first-time-manager", "First-time manager", "新任经理培训", ["people_management", "coaching"], "zh-CN", 24m, "Leadership academy"),
        new(tenantId, "c-time-management", "Time and energy management", "时间与精力管理", ["time_management"], "en-US", 4m, "Internal academy"),
        new(tenantId, "c-cloud-architecture", "Cloud architecture fundamentals", "云架构基础", ["cloud_architecture", "csharp"], "en-US", 20m, "Tech academy"),
        new(tenantId, "c-test-automation", "Test automation", "自动化测试", ["testing", "csharp"], "zh-CN", 14m, "Tech academy"),
        new(tenantId, "c-lean", "Lean manufacturing", "精益生产", ["lean_manufacturing", "quality_control"], "zh-CN", 18m, "Operations academy"),
        new(tenantId, "c-wealth-compliance", "Wealth management compliance", "财富管理合规", ["compliance", "risk_management"], "zh-CN", 10m, "Compliance office"),
        new(tenantId, "c-product-discovery", "Product discovery and user research", "产品探索与用户研究", ["product_management", "ux_research"], "en-US", 12m, "Product guild"),
        new(tenantId, "c-visual-merchandising", "Visual merchandising", "视觉陈列", ["visual_merchandising", "store_operations"], "zh-CN", 8m, "Retail academy"),
    ];

    private static List<Mentor> BuildMentors(string tenantId) =>
    [
        new(tenantId, "e-huangyong", ["negotiation", "people_management", "customer_service"], 3, 1),
        new(tenantId, "e-guohao", ["cloud_architecture", "people_management", "csharp"], 2, 1),
        new(tenantId, "e-shenlin", ["financial_planning", "compliance", "people_management"], 2, 2),
        new(tenantId, "e-dupeng", ["product_management", "ux_research", "data_analysis"], 3, 0),
        new(tenantId, "e-xiemin", ["store_operations", "customer_service", "coaching"], 2, 1),
        new(tenantId, "e-xujing", ["sql", "data_analysis", "testing"], 2, 0),
        new(tenantId, "e-dongqiang", ["lean_manufacturing", "quality_control", "people_management"], 2, 1),
    ];

    private static List<DevelopmentProject> BuildProjects(string tenantId) =>
    [
        new(tenantId, "p-sea-expansion", "Southeast Asia market entry", "东南亚市场拓展", ProjectKind.NewMarket, DepartmentSales, ["negotiation", "market_research", "presentation"], 3),
        new(tenantId, "p-customer-360", "Customer 360 data platform", "客户 360 数据平台", ProjectKind.CrossTeam, DepartmentRnd, ["sql", "data_analysis", "cloud_architecture"], 4),
        new(tenantId, "p-smart-store", "Smart store pilot", "智慧门店试点", ProjectKind.CrossTeam, DepartmentRetail, ["store_operations", "product_management", "data_analysis"], 2),
        new(tenantId, "p-green-factory", "Green factory programme", "绿色工厂项目", ProjectKind.Internal, DepartmentManufacturing, ["lean_manufacturing", "quality_control"], 2),
        new(tenantId, "p-digital-advisory", "Digital wealth advisory app", "数字化理财顾问应用", ProjectKind.NewMarket, DepartmentWealth, ["financial_planning", "product_management", "ux_research"], 3),
    ];

    private static List<InternalOpening> BuildOpenings(string tenantId) =>
    [
        new(tenantId, "o-marketing-analyst", "Marketing analyst", "市场分析师", DepartmentProduct, ["data_analysis", "marketing", "presentation", "sql"]),
        new(tenantId, "o-sales-team-lead", "Sales team lead", "销售组长", DepartmentSales, ["negotiation", "people_management", "customer_service"]),
        new(tenantId, "o-data-engineer", "Data engineer", "数据工程师", DepartmentRnd, ["sql", "python", "cloud_architecture"]),
        new(tenantId, "o-store-area-manager", "Store area manager", "区域店长", DepartmentRetail, ["store_operations", "people_management", "data_analysis"]),
        new(tenantId, "o-quality-lead", "Quality lead", "质量主管", DepartmentManufacturing, ["quality_control", "lean_manufacturing", "people_management"], IsOpen: false),
    ];
}
