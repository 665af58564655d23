/** The reliability suite runs against the built app: build it first when there is no build. */
import { ensureBuild } from "../../scripts/reliability/server";

export default function setup() {
  ensureBuild();
}
