using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GrowBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddWelcomeLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "welcome_records",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    MemberId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_welcome_records", x => new { x.TenantId, x.ConversationId, x.MemberId });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "welcome_records");
        }
    }
}
