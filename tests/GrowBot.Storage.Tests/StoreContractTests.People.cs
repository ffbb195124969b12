using GrowBot.Coaching.Demo;
using GrowBot.Coaching.People;

namespace GrowBot.Storage.Tests;

public abstract partial class StoreContractTests<TFixture>
{
    [SkippableFact]
    public async Task Search_ExactThenPrefixThenSubstring()
    {
        StorageHarness harness = Harness;
        string tenant = NewTenant();
        await harness.Get<IPeopleWriter>().UpsertAsync(tenant, [new Department(tenant, "d1", "Sales", "销售", null)],
        [
            NewPerson(tenant, "p-joanna", "Joanna Wu", "吴娟"),
            NewPerson(tenant, "p-anna", "Anna Li", "李安娜"),
            NewPerson(tenant, "p-ann", "Ann", "安"),
            NewPerson(tenant, "p-ann-left", "Ann Lee", "李安") with { IsActive = false },
        ], Ct);

        IReadOnlyList<Person> found = await harness.Get<IPeopleDirectory>().SearchAsync(tenant, "ANN", 10, Ct);

        Assert.Equal(["p-ann", "p-anna", "p-joanna"], found.Select(p => p.Id));
    }

    [SkippableFact]
    public async Task Search_ChineseName_ExactFirst()
    {
        StorageHarness harness = Harness;
        string tenant = NewTenant();
        await harness.Get<IPeopleWriter>().UpsertAsync(tenant, [new Department(tenant, "d1", "Sales", "销售", null)],
        [
            NewPerson(tenant, "p-2", "Zhang Weiqiang", "张伟强"),
            NewPerson(tenant, "p-1", "Zhang Wei", "张伟"),
            NewPerson(tenant, "p-3", "Xiao Zhangwei", "小张伟"),
        ], Ct);

        IReadOnlyList<Person> found = await harness.Get<IPeopleDirectory>().SearchAsync(tenant, "张伟", 10, Ct);

        Assert.Equal(["p-1", "p-2", "p-3"], found.Select(p => p.Id));
    }

    [SkippableFact]
    public async Task Search_DemoNamesAliasesAndEmail()
    {
        IPeopleDirectory people = Harness.Get<IPeopleDirectory>();

        Assert.Equal("e-zhangwei", Assert.Single(await people.SearchAsync(DemoTenant, "张伟", 5, Ct)).Id);
        Assert.Equal("e-zhangwei", (await people.SearchAsync(DemoTenant, "david zhang", 5, Ct))[0].Id);
        Assert.Equal("e-zhangwei", (await people.SearchAsync(DemoTenant, "Zhang Wei", 5, Ct))[0].Id);
        Assert.Equal("e-zhangwei", (await people.SearchAsync(DemoTenant, "zhangwei@contoso-demo.example", 5, Ct))[0].Id);
        Assert.Equal(2, (await people.SearchAsync(DemoTenant, DemoPersonas.SharedNameZh, 5, Ct)).Count);
        Assert.Equal(2, (await people.SearchAsync(DemoTenant, "wang", 2, Ct)).Count);
    }

    [SkippableFact]
    public async Task TenantScoping_OtherTenant_SeesNothing()
    {
        StorageHarness harness = Harness;
        string other = NewTenant();
        IPeopleDirectory people = harness.Get<IPeopleDirectory>();

        Assert.Null(await people.GetAsync(other, "e-zhangwei", Ct));
        Assert.Null(await people.FindByAadObjectIdAsync(other, DemoPersonas.ZhangWei.AadObjectId, Ct));
        Assert.Empty(await people.SearchAsync(other, "张伟", 5, Ct));
        Assert.Null(await people.GetDepartmentAsync(other, DemoCompany.DepartmentSales, Ct));
        Assert.False(await people.IsAssignedAsync(other, DemoPersonas.LiJuan.PersonId, "e-zhangwei", Ct));
        Assert.Empty(await people.ListAssignedAsync(other, DemoPersonas.LiJuan.PersonId, Ct));
        Assert.Equal(UserRoles.None, await people.GetRolesAsync(other, DemoPersonas.LiJuan.PersonId, Ct));
        Assert.Empty((await harness.Get<Coaching.Profiles.IMetricStore>().GetSeriesAsync(other, "e-zhangwei", Coaching.Profiles.MetricCodes.Rating, Ct)).Points);
        Assert.Null(await harness.Get<Coaching.Goals.IGoalStore>().GetAsync(other, "g-e-zhangwei", Ct));
        Assert.Empty(await harness.Get<Coaching.Catalog.ICatalogStore>().ListCoursesAsync(other, Ct));
        Assert.Empty(await harness.Get<Coaching.Development.IDevelopmentStore>().ListFeedbackAsync(other, "e-zhangwei", DateOnly.MinValue, Ct));
        Assert.Empty(await harness.Get<Coaching.Audit.IAuditLog>().ListAsync(other, null, 10, Ct));
    }

    [SkippableFact]
    public async Task TenantScoping_SameIdsInTwoTenants_StayApart()
    {
        StorageHarness harness = Harness;
        string first = NewTenant();
        string second = NewTenant();
        IPeopleWriter writer = harness.Get<IPeopleWriter>();
        await writer.UpsertAsync(first, [new Department(first, "d1", "A", "甲", null)], [NewPerson(first, "p-1", "First Person", "甲")], Ct);
        await writer.UpsertAsync(second, [new Department(second, "d1", "B", "乙", null)], [NewPerson(second, "p-1", "Second Person", "乙")], Ct);

        IPeopleDirectory people = harness.Get<IPeopleDirectory>();

        Assert.Equal("First Person", (await people.GetAsync(first, "p-1", Ct))!.NameEn);
        Assert.Equal("Second Person", (await people.GetAsync(second, "p-1", Ct))!.NameEn);
        Assert.Empty(await people.SearchAsync(first, "second", 5, Ct));
    }

    [SkippableFact]
    public async Task Roles_ComeFromData()
    {
        IPeopleDirectory people = Harness.Get<IPeopleDirectory>();

        Assert.Equal(UserRoles.Employee | UserRoles.Manager | UserRoles.Hrbp | UserRoles.Admin, await people.GetRolesAsync(DemoTenant, DemoPersonas.LiJuan.PersonId, Ct));
        Assert.Equal(UserRoles.Employee | UserRoles.Hrbp, await people.GetRolesAsync(DemoTenant, DemoPersonas.HeTing.PersonId, Ct));
        Assert.Equal(UserRoles.Employee | UserRoles.Manager, await people.GetRolesAsync(DemoTenant, DemoPersonas.HuangYong.PersonId, Ct));
        Assert.Equal(UserRoles.Employee, await people.GetRolesAsync(DemoTenant, DemoPersonas.ZhangWei.PersonId, Ct));
        Assert.True(await people.IsAssignedAsync(DemoTenant, DemoPersonas.LiJuan.PersonId, DemoPersonas.ZhangWei.PersonId, Ct));
        Assert.False(await people.IsAssignedAsync(DemoTenant, DemoPersonas.LiJuan.PersonId, DemoPersonas.LiuYang.PersonId, Ct));
    }

    [SkippableFact]
    public async Task UpsertPeople_ForeignTenantRow_WritesNothing()
    {
        StorageHarness harness = Harness;
        string tenant = NewTenant();

        await Assert.ThrowsAsync<ArgumentException>(() => harness.Get<IPeopleWriter>().UpsertAsync(tenant, [],
            [NewPerson(tenant, "p-1", "Valid Person", "有效"), NewPerson("another-tenant", "p-2", "Foreign Person", "外")], Ct));

        Assert.Null(await harness.Get<IPeopleDirectory>().GetAsync(tenant, "p-1", Ct));
    }

    private static Person NewPerson(string tenant, string id, string nameEn, string nameZh) =>
        new(tenant, id, Guid.NewGuid().ToString(), id + "@example.test", nameEn, nameZh, [], "Engineer", "工程师", "d1", null, null, null);
}
