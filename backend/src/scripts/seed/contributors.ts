/**
 * The people credited on the demo titles, with short neutral bios (facts from the catalogue
 * README and common knowledge only). Handles are the slug of the name ("V. I. Lenin" →
 * "v-i-lenin"); the seed looks contributors up by handle and never edits an existing one.
 */
export type ContributorBio = { name: string; bio: string }

export const CONTRIBUTORS: readonly ContributorBio[] = [
  {
    name: "Alan Woods",
    bio: "Alan Woods is a Marxist writer, born in Swansea in 1944. He wrote Reason in Revolt and Lenin and Trotsky: What They Really Stood For with Ted Grant, and is the author of Bolshevism: The Road to Revolution and The History of Philosophy.",
  },
  {
    name: "Ted Grant",
    bio: "Ted Grant (1913–2006) was a South African-born Marxist who was active in the British labour movement from the 1930s and was the leading theorist of the Militant tendency. With Alan Woods he wrote Reason in Revolt and Lenin and Trotsky: What They Really Stood For.",
  },
  {
    name: "Rob Sewell",
    bio: "Rob Sewell is a British Marxist writer and historian of the labour movement. His books for Wellred include The Chartist Revolution and In the Cause of Labour, and with Alan Woods he wrote In Defence of Lenin.",
  },
  {
    name: "Marie Frederiksen",
    bio: "Marie Frederiksen is a Marxist writer and the author of The Revolutionary Legacy of Rosa Luxemburg, published by Wellred Books.",
  },
  {
    name: "Vsevolod Volkov",
    bio: "Vsevolod (Esteban) Volkov (1926–2023) was Leon Trotsky's grandson. He lived with Trotsky in Coyoacán, Mexico, later helped to open the house there as a museum, and wrote the foreword to the new edition of Lenin and Trotsky: What They Really Stood For.",
  },
  {
    name: "Karl Marx",
    bio: "Karl Marx (1818–1883) was a German philosopher, economist and revolutionary. With Friedrich Engels he wrote The Communist Manifesto (1848); his major work, Capital, began to appear in 1867.",
  },
  {
    name: "Friedrich Engels",
    bio: "Friedrich Engels (1820–1895) was a German philosopher and revolutionary and Karl Marx's lifelong collaborator. His books include The Condition of the Working Class in England and Anti-Dühring, and after Marx's death he edited the second and third volumes of Capital.",
  },
  {
    name: "V. I. Lenin",
    bio: "Vladimir Ilyich Lenin (1870–1924) was a Russian revolutionary and Marxist theorist who led the Bolshevik party. He led the October Revolution of 1917 and headed the Soviet government until his death; his writings include What Is to Be Done? and The State and Revolution.",
  },
  {
    name: "Leon Trotsky",
    bio: "Leon Trotsky (1879–1940) was a Russian revolutionary and Marxist theorist. He chaired the St Petersburg Soviet in 1905 and the Petrograd Soviet in 1917, helped to lead the October Revolution and founded the Red Army; exiled by Stalin, he was murdered in Mexico in 1940.",
  },
]
