// PostGraphile v5 configuration of bench/peer.sh: the amber preset with simplified inflection, over the same database
// and with the same pool size as EczemaRx, on loopback. peer.sh copies this file next to its npm install (outside the
// repository) so that the imports resolve there, and passes the settings below in the environment.
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { PgSimplifyInflectionPreset } from "@graphile/simplify-inflection";
import { makePgService } from "postgraphile/adaptors/pg";

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`graphile.config.mjs: ${name} is not set (bench/peer.sh sets it)`);
  return value;
};

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset, PgSimplifyInflectionPreset],
  pgServices: [
    makePgService({
      connectionString: env("PEER_DATABASE_URL"),
      schemas: ["public"],
      poolConfig: { max: Number(env("PEER_POOL_SIZE")) },
    }),
  ],
  grafserv: {
    host: env("PEER_HOST"),
    port: Number(env("PEER_PORT")),
    watch: false,
    graphiql: false,
  },
  grafast: { explain: false },
};

export default preset;
