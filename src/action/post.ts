// The action's post step: runs at job end. The module cache save lands here.
import * as core from "@actions/core";

core.debug("setup-goproxy post: nothing to save yet");
