// First version of GrowBot's Azure infrastructure: an App Service for the web host with a user-assigned
// managed identity, and an Azure Bot registration (UserAssignedMSI) with the Teams channel.
// NOTE: Cosmos DB, Azure OpenAI and Key Vault are not provisioned yet; the app runs on SQLite in App Service storage.
targetScope = 'resourceGroup'

@description('Name of the azd environment; used as a prefix for resource names.')
param environmentName string

@description('Azure region of the resources.')
param location string = resourceGroup().location

var suffix = uniqueString(resourceGroup().id, environmentName)
var tags = { 'azd-env-name': environmentName }

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-growbot-${suffix}'
  location: location
  tags: tags
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: 'plan-growbot-${suffix}'
  location: location
  tags: tags
  sku: { name: 'B1' }
  kind: 'linux'
  properties: { reserved: true }
}

resource web 'Microsoft.Web/sites@2023-12-01' = {
  name: 'app-growbot-${suffix}'
  location: location
  tags: union(tags, { 'azd-service-name': 'web' })
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      minTlsVersion: '1.2'
      appSettings: [
        { name: 'MicrosoftAppType', value: 'UserAssignedMSI' }
        { name: 'MicrosoftAppId', value: identity.properties.clientId }
        { name: 'MicrosoftAppTenantId', value: identity.properties.tenantId }
        { name: 'Urls', value: 'http://0.0.0.0:8080' }
        { name: 'ConnectionStrings__GrowBot', value: 'Data Source=/home/data/growbot.db' }
        { name: 'DataProtection__KeyDirectory', value: '/home/data/keys' }
      ]
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: 'bot-growbot-${suffix}'
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: { name: 'S1' }
  properties: {
    displayName: 'GrowBot'
    endpoint: 'https://${web.properties.defaultHostName}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identity.properties.clientId
    msaAppTenantId: identity.properties.tenantId
    msaAppMSIResourceId: identity.id
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

output SERVICE_WEB_URI string = 'https://${web.properties.defaultHostName}'
output MICROSOFT_APP_ID string = identity.properties.clientId
