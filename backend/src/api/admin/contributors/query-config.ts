export const defaultAdminContributorFields = ["id", "name", "handle", "bio", "photo_url", "created_at", "updated_at"]

export const retrieveContributorQueryConfig = {
  defaults: defaultAdminContributorFields,
  isList: false,
}

export const listContributorsQueryConfig = {
  ...retrieveContributorQueryConfig,
  isList: true,
}
