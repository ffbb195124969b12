using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GrowBot.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_records",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ActorId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    SubjectId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SectionsJson = table.Column<string>(type: "text", nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_records", x => new { x.TenantId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "conversation_references",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UserId = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    ConversationId = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    AadObjectId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    ConversationType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ServiceUrl = table.Column<string>(type: "text", nullable: false),
                    ServiceUrlKey = table.Column<string>(type: "text", nullable: false),
                    BotId = table.Column<string>(type: "text", nullable: false),
                    ChannelId = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false),
                    IsStale = table.Column<bool>(type: "boolean", nullable: false),
                    StaleReason = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conversation_references", x => new { x.TenantId, x.UserId, x.ConversationId });
                });

            migrationBuilder.CreateTable(
                name: "course_enrolments",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    PersonId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    CourseId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    EnrolledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_course_enrolments", x => new { x.TenantId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "courses",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    TitleEn = table.Column<string>(type: "text", nullable: false),
                    TitleZh = table.Column<string>(type: "text", nullable: false),
                    SkillsJson = table.Column<string>(type: "text", nullable: false),
                    Language = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Hours = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    Provider = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_courses", x => new { x.TenantId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "departments",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    NameEn = table.Column<string>(type: "text", nullable: false),
                    NameZh = table.Column<string>(type: "text", nullable: false),
                    ParentId = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_departments", x => new { x.TenantId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "feedback_items",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    PersonId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    TextEn = table.Column<string>(type: "text", nullable: false),
                    TextZh = table.Column<string>(type: "text", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Source = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_feedback_items", x => new { x.TenantId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "goals",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Level = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ParentId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    DepartmentId = table.Column<string>(type: "text", nullable: true),
                    OwnerPersonId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    TitleEn = table.Column<string>(type: "text", nullable: false),
                    TitleZh = table.Column<string>(type: "text", nullable: false),
                    MetricCode = table.Column<string>(type: "text", nullable: true),
                    Target = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Progress = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Unit = table.Column<string>(type: "text", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    ContributionPercent = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    Weight = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_goals", x => new { x.TenantId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "hrbp_assignments",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    HrbpId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    EmployeeId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Since = table.Column<DateOnly>(type: "date", nullable: false),
                    Until = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hrbp_assignments", x => new { x.TenantId, x.HrbpId, x.EmployeeId });
                });

            migrationBuilder.CreateTable(
                name: "inbound_dedupe_keys",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ConversationId = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    ActivityId = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbound_dedupe_keys", x => new { x.TenantId, x.ConversationId, x.ActivityId });
                });

            migrationBuilder.CreateTable(
                name: "inbound_queue",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ConversationId = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    ActivityId = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    Payload = table.Column<byte[]>(type: "bytea", nullable: false),
                    ReceivedAt = table.Column<long>(type: "bigint", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbound_queue", x => new { x.TenantId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "internal_openings",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    TitleEn = table.Column<string>(type: "text", nullable: false),
                    TitleZh = table.Column<string>(type: "text", nullable: false),
                    DepartmentId = table.Column<string>(type: "text", nullable: false),
                    RequiredSkillsJson = table.Column<string>(type: "text", nullable: false),
                    IsOpen = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_internal_openings", x => new { x.TenantId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "mentors",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PersonId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    SkillsJson = table.Column<string>(type: "text", nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    ActiveMentees = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mentors", x => new { x.TenantId, x.PersonId });
                });

            migrationBuilder.CreateTable(
                name: "metric_points",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PersonId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    MetricCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    Period = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Source = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AsOf = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_metric_points", x => new { x.TenantId, x.PersonId, x.MetricCode, x.PeriodStart, x.Period });
                });

            migrationBuilder.CreateTable(
                name: "people",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    AadObjectId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    Email = table.Column<string>(type: "text", nullable: true),
                    NameEn = table.Column<string>(type: "text", nullable: false),
                    NameZh = table.Column<string>(type: "text", nullable: false),
                    AliasesJson = table.Column<string>(type: "text", nullable: false),
                    JobTitleEn = table.Column<string>(type: "text", nullable: false),
                    JobTitleZh = table.Column<string>(type: "text", nullable: false),
                    DepartmentId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    ManagerId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    PreferredLocale = table.Column<string>(type: "text", nullable: true),
                    TimeZone = table.Column<string>(type: "text", nullable: true),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    SearchKeys = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_people", x => new { x.TenantId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "person_skills",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PersonId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Skill = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    InProgress = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_skills", x => new { x.TenantId, x.PersonId, x.Skill });
                });

            migrationBuilder.CreateTable(
                name: "projects",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    NameEn = table.Column<string>(type: "text", nullable: false),
                    NameZh = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OwnerDepartmentId = table.Column<string>(type: "text", nullable: false),
                    SkillsJson = table.Column<string>(type: "text", nullable: false),
                    OpenSeats = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_projects", x => new { x.TenantId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "tenant_settings",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DefaultLocale = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RatingDeclineQuarters = table.Column<int>(type: "integer", nullable: false),
                    TrainingDropPoints = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    OvertimeRisePercent = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    OvertimeMinimumHours = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    ComplaintRisePercent = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    GoalCompletionDropPoints = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    AdminAadObjectIdsJson = table.Column<string>(type: "text", nullable: false),
                    AttritionScoreEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tenant_settings", x => x.TenantId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_records_TenantId_At",
                table: "audit_records",
                columns: new[] { "TenantId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_records_TenantId_SubjectId_At",
                table: "audit_records",
                columns: new[] { "TenantId", "SubjectId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_conversation_references_TenantId_AadObjectId",
                table: "conversation_references",
                columns: new[] { "TenantId", "AadObjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_conversation_references_TenantId_ConversationId",
                table: "conversation_references",
                columns: new[] { "TenantId", "ConversationId" });

            migrationBuilder.CreateIndex(
                name: "IX_conversation_references_TenantId_ServiceUrlKey",
                table: "conversation_references",
                columns: new[] { "TenantId", "ServiceUrlKey" });

            migrationBuilder.CreateIndex(
                name: "IX_course_enrolments_TenantId_PersonId",
                table: "course_enrolments",
                columns: new[] { "TenantId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_feedback_items_TenantId_PersonId_Date",
                table: "feedback_items",
                columns: new[] { "TenantId", "PersonId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_goals_TenantId_OwnerPersonId",
                table: "goals",
                columns: new[] { "TenantId", "OwnerPersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_goals_TenantId_ParentId",
                table: "goals",
                columns: new[] { "TenantId", "ParentId" });

            migrationBuilder.CreateIndex(
                name: "IX_hrbp_assignments_TenantId_EmployeeId",
                table: "hrbp_assignments",
                columns: new[] { "TenantId", "EmployeeId" });

            migrationBuilder.CreateIndex(
                name: "IX_inbound_dedupe_keys_CreatedAt",
                table: "inbound_dedupe_keys",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_inbound_queue_Id",
                table: "inbound_queue",
                column: "Id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inbound_queue_ReceivedAt",
                table: "inbound_queue",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_people_TenantId_AadObjectId",
                table: "people",
                columns: new[] { "TenantId", "AadObjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_people_TenantId_ManagerId",
                table: "people",
                columns: new[] { "TenantId", "ManagerId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_records");

            migrationBuilder.DropTable(
                name: "conversation_references");

            migrationBuilder.DropTable(
                name: "course_enrolments");

            migrationBuilder.DropTable(
                name: "courses");

            migrationBuilder.DropTable(
                name: "departments");

            migrationBuilder.DropTable(
                name: "feedback_items");

            migrationBuilder.DropTable(
                name: "goals");

            migrationBuilder.DropTable(
                name: "hrbp_assignments");

            migrationBuilder.DropTable(
                name: "inbound_dedupe_keys");

            migrationBuilder.DropTable(
                name: "inbound_queue");

            migrationBuilder.DropTable(
                name: "internal_openings");

            migrationBuilder.DropTable(
                name: "mentors");

            migrationBuilder.DropTable(
                name: "metric_points");

            migrationBuilder.DropTable(
                name: "people");

            migrationBuilder.DropTable(
                name: "person_skills");

            migrationBuilder.DropTable(
                name: "projects");

            migrationBuilder.DropTable(
                name: "tenant_settings");
        }
    }
}
