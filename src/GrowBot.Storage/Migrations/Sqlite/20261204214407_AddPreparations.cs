using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GrowBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddPreparations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "action_items",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    PreparationId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    HrbpId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    EmployeeId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    OwnerPersonId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MilestonesJson = table.Column<string>(type: "TEXT", nullable: false),
                    Cadence = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    LinkedResource = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    MetricCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Progress = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_action_items", x => new { x.TenantId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "preparations",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    HrbpId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    EmployeeId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    NotesJson = table.Column<string>(type: "TEXT", nullable: false),
                    TargetPercent = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    TargetRole = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RequestsJson = table.Column<string>(type: "TEXT", nullable: false),
                    CheckInRequestedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CheckInJson = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IsOpen = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_preparations", x => new { x.TenantId, x.Id });
                });

            migrationBuilder.CreateIndex(
                name: "IX_action_items_TenantId_EmployeeId",
                table: "action_items",
                columns: new[] { "TenantId", "EmployeeId" });

            migrationBuilder.CreateIndex(
                name: "IX_action_items_TenantId_HrbpId_Status",
                table: "action_items",
                columns: new[] { "TenantId", "HrbpId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_preparations_TenantId_HrbpId_EmployeeId_IsOpen",
                table: "preparations",
                columns: new[] { "TenantId", "HrbpId", "EmployeeId", "IsOpen" });

            migrationBuilder.CreateIndex(
                name: "IX_preparations_TenantId_HrbpId_UpdatedAt",
                table: "preparations",
                columns: new[] { "TenantId", "HrbpId", "UpdatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "action_items");

            migrationBuilder.DropTable(
                name: "preparations");
        }
    }
}
