using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GrowBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddNotes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "interview_notes",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    EmployeeId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    PreparationId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Privacy = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ProtectedText = table.Column<byte[]>(type: "BLOB", nullable: false),
                    ProtectedAnalysis = table.Column<byte[]>(type: "BLOB", nullable: false),
                    AnalyserName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interview_notes", x => new { x.TenantId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "token_usage",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Month = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    PromptTokens = table.Column<long>(type: "INTEGER", nullable: false),
                    CompletionTokens = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_token_usage", x => new { x.TenantId, x.Month });
                });

            migrationBuilder.CreateIndex(
                name: "IX_interview_notes_TenantId_AuthorId_CreatedAt",
                table: "interview_notes",
                columns: new[] { "TenantId", "AuthorId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_interview_notes_TenantId_EmployeeId",
                table: "interview_notes",
                columns: new[] { "TenantId", "EmployeeId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "interview_notes");

            migrationBuilder.DropTable(
                name: "token_usage");
        }
    }
}
